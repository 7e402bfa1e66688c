package org.lskg.server.web;

/** Thrown by a handler when the path names nothing; the router answers with the 404 page. */
final class NotFound extends RuntimeException {
    NotFound() {
        super(null, null, false, false);
    }
}
