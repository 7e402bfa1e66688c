package org.lskg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.lskg.rdf.LSKG;

/**
 * {@code lskg:documentsMentioning}: a page of the documents that mention a phrase, in date order, chosen inside the
 * text index.
 *
 * <pre>{@code
 * (?doc ?g ?issued ?source) lskg:documentsMentioning ("Quy hoạch tỉnh" ?afterIssued ?afterSource 50)
 * }</pre>
 *
 * <p>Binds, for each document of the page, the document, its graph, its date ({@code dcterms:issued}'s lexical
 * form, {@code ""} for a document without one) and its file name ({@code lskg:sourceFile}); subject variables may
 * be left off from the end, and a bound one must match. The documents are those whose graph holds an indexed
 * literal (a label, title, heading, sentence or commitment text) that holds the phrase, case ignored: what
 * {@code (?s ?score ?hit ?g) text:query (lskg:text "\"phrase\"") FILTER (CONTAINS(LCASE(?hit), LCASE("phrase")))}
 * finds; in order of date then file name, those after the date and file name given ({@code ""} and {@code ""} for
 * the first page), at most the limit (50 when left off). A document with two dates or file names is listed once per
 * pair, as a join would list it.
 *
 * <p>Why: the same page in plain SPARQL reads every hit (12,000 for a phrase in every document at 10,000
 * documents) and every such document's date and file name before it can sort them (about 350 ms there). Here the
 * index is read in one pass without scores, a graph's literal only until one holds the phrase, and the documents'
 * dates and file names come from a list kept sorted for each committed state of the store.
 */
final class DocumentsMentioning extends DocumentFunction {

    /** The property function's IRI. */
    static final String IRI = LSKG.NS + "documentsMentioning";
    /** The page size when the query gives none. */
    static final int DEFAULT_LIMIT = 50;

    private final SearchedTextIndex index;

    DocumentsMentioning(SearchedTextIndex index, DocumentListing listing) {
        super(listing);
        this.index = index;
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
        super.build(subject, predicate, object, context);
        List<Node> subjects = nodes(subject);
        if (subjects.isEmpty() || subjects.size() > 4) {
            throw new QueryBuildException("lskg:documentsMentioning binds 1 to 4 variables: (?doc ?g ?issued ?source)");
        }
        List<Node> objects = nodes(object);
        if (objects.isEmpty() || objects.size() > 4) {
            throw new QueryBuildException("lskg:documentsMentioning takes (\"phrase\" afterIssued afterSource limit):"
                    + " 1 to 4 arguments");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext context) {
        List<Node> args = nodes(object).stream()
                .map(n -> n.isVariable() && binding.contains(Var.alloc(n)) ? binding.get(Var.alloc(n)) : n).toList();
        String phrase = string(args, 0, null);
        DocumentListing.Key after = new DocumentListing.Key(string(args, 1, ""), string(args, 2, ""));
        int limit = args.size() > 3 ? limit(args.get(3)) : DEFAULT_LIMIT;
        List<Node> vars = nodes(subject);
        List<Binding> out = new ArrayList<>();
        for (DocumentListing.Listed d : page(phrase, after, limit)) {
            out.addAll(bind(binding, vars, List.of(d.doc(), d.graph(),
                    NodeFactory.createLiteralString(d.key().issued()), d.source())));
        }
        return QueryIterPlainWrapper.create(out.iterator(), context);
    }

    /** The page: the documents after {@code after} whose graph holds the phrase, at most {@code limit}. */
    private List<DocumentListing.Listed> page(String phrase, DocumentListing.Key after, int limit) {
        DocumentListing.Sorted sorted = listing.now();
        if (phrase.isBlank() || limit == 0) {
            return List.of();
        }
        String lower = phrase.toLowerCase(Locale.ROOT); // as LCASE does
        Set<String> holding = index.graphsHolding(phrase,
                g -> {
                    DocumentListing.Key last = sorted.last().get(g);
                    return last != null && last.compareTo(after) > 0;
                },
                literal -> literal.toLowerCase(Locale.ROOT).contains(lower));
        List<DocumentListing.Listed> page = new ArrayList<>();
        for (int i = sorted.firstAfter(after); i < sorted.documents().size() && page.size() < limit; i++) {
            DocumentListing.Listed d = sorted.documents().get(i);
            if (holding.contains(d.graph().getURI())) {
                page.add(d);
            }
        }
        return page;
    }

    private static String string(List<Node> args, int i, String absent) {
        if (i >= args.size()) {
            if (absent == null) throw new QueryExecException("lskg:documentsMentioning needs a phrase");
            return absent;
        }
        Node n = args.get(i);
        if (!n.isLiteral()) {
            throw new QueryExecException("lskg:documentsMentioning: argument " + (i + 1) + " is not a literal: " + n);
        }
        return n.getLiteralLexicalForm();
    }

    private static int limit(Node n) {
        if (n.isLiteral() && n.getLiteralValue() instanceof Number number && number.longValue() >= 0) {
            return (int) Math.min(Integer.MAX_VALUE, number.longValue());
        }
        throw new QueryExecException("lskg:documentsMentioning: the limit is not a number of documents: " + n);
    }
}
