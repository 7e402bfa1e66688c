package org.lskg.server;

import java.util.List;

import org.apache.jena.riot.system.stream.Locator;
import org.apache.jena.riot.system.stream.LocatorHTTP;
import org.apache.jena.riot.system.stream.StreamManager;

/**
 * Closes Jena's file-reading back door (CVE-2026-61372): in Jena up to 6.1, SPARQL
 * {@code LOAD <file:...>} opens its source through the global {@link StreamManager}, whose
 * standard locators read local files and class-path resources. Anyone allowed to update
 * could so copy any file the server process can read into the graph and query it back.
 *
 * <p>The guard replaces the global stream manager with one that holds only the HTTP(S)
 * locators of the current one, keeping its location mapper. It replaces rather than edits
 * the manager because {@link StreamManager} keeps its locators in an unsynchronised list
 * that other threads may be reading.
 *
 * <p>Our own loader is unaffected: {@code RDFParser.source(Path)} opens the file with
 * {@code Files.newInputStream} and never consults the stream manager (checked for Jena 5.6.0
 * in {@code StreamManagerGuardTest}). Code that reads by URI or file name through
 * {@code RDFDataMgr.read(..., String)} or {@code RDFParser.source(String)} is affected and
 * must use a {@code Path} instead.
 */
public final class StreamManagerGuard {

    private StreamManagerGuard() {}

    /**
     * Restricts Jena's global stream manager to HTTP(S) locators. Idempotent; safe to call
     * from several threads (the last replacement wins and all replacements are equal).
     */
    public static void restrictToHttp() {
        StreamManager current = StreamManager.get();
        if ( isHttpOnly(current) )
            return;
        StreamManager.setGlobal(httpOnlyCopy(current));
    }

    /** Whether every locator of {@code streamManager} is an HTTP(S) locator. */
    static boolean isHttpOnly(StreamManager streamManager) {
        return streamManager.locators().stream().allMatch(StreamManagerGuard::isHttp);
    }

    private static StreamManager httpOnlyCopy(StreamManager source) {
        StreamManager restricted = new StreamManager();
        restricted.locationMapper(source.locationMapper());
        List<Locator> http = source.locators().stream().filter(StreamManagerGuard::isHttp).toList();
        if ( http.isEmpty() )
            restricted.addLocator(new LocatorHTTP());
        else
            http.forEach(restricted::addLocator);
        return restricted;
    }

    private static boolean isHttp(Locator locator) {
        return locator instanceof LocatorHTTP;
    }
}
