package org.lskg.server.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Answers the requests of one part of the site. */
@FunctionalInterface
interface Handler {
    void handle(WebRequest request, HttpServletResponse response) throws IOException;
}
