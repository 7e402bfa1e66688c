package org.lskg.document;

/**
 * A source file that cannot be read as a government document: empty, binary, undecodable, or without
 * the parts the document-format law requires. The message is one line meant for the user; it names the
 * reason, and the caller adds the file.
 */
public final class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    public DocumentException(String reason) {
        super(reason);
    }
}
