package org.lskg.store;

/**
 * How {@link LskgStore#query} writes results. All output is UTF-8.
 *
 * <table>
 *   <caption>Output by query form</caption>
 *   <tr><th>format</th><th>SELECT</th><th>ASK</th><th>CONSTRUCT / DESCRIBE</th></tr>
 *   <tr><td>TABLE</td><td>text table, IRIs shortened with the query's prefixes</td>
 *       <td>{@code true}/{@code false}</td><td>Turtle</td></tr>
 *   <tr><td>CSV</td><td>SPARQL 1.1 Query Results CSV (RFC 4180, CRLF)</td>
 *       <td>{@code true}/{@code false}</td><td>Turtle</td></tr>
 *   <tr><td>TSV</td><td>SPARQL 1.1 Query Results TSV</td><td>{@code true}/{@code false}</td><td>Turtle</td></tr>
 *   <tr><td>JSON</td><td>SPARQL 1.1 Query Results JSON</td><td>JSON boolean result</td><td>JSON-LD 1.1</td></tr>
 *   <tr><td>XML</td><td>SPARQL Query Results XML</td><td>XML boolean result</td><td>RDF/XML</td></tr>
 * </table>
 */
public enum ResultFormat { TABLE, CSV, TSV, JSON, XML }
