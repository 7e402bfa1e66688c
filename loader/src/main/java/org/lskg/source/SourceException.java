package org.lskg.source;

/**
 * A source file whose text cannot be had: empty, binary, undecodable, a PDF without a text layer, an
 * encrypted or corrupt file, a format lskg does not read. The message is one line meant for the user; it
 * names the reason, and the caller adds the file. The document layer turns it into its own
 * {@code DocumentException} with the same message.
 */
public final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SourceException(String reason) {
        super(reason);
    }
}
