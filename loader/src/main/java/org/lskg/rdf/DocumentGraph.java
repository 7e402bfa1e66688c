package org.lskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One source document's graph: its graph name, its triples, and the name of the file it came from. The
 * store keeps each in its own named graph and replaces it as a whole.
 */
public record DocumentGraph(Node graphName, Graph graph, String sourceFile) {}
