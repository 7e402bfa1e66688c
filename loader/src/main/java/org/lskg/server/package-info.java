/**
 * The server: {@link org.lskg.server.LskgServer}, an embedded Fuseki over the lskg store, read-only by
 * default, with its features added as Fuseki modules ({@link org.lskg.server.CorsModule},
 * {@link org.lskg.server.RequestLimitModule}, {@link org.lskg.server.ResultLimitModule},
 * {@link org.lskg.server.ServiceDescriptionModule}, {@link org.lskg.server.UpdateModule},
 * {@link org.lskg.server.UiModule}, and the web layer of {@code org.lskg.server.web}), the SPARQL
 * {@code SERVICE} allow-list ({@link org.lskg.server.ServicePolicy}), and
 * {@link org.lskg.server.StreamManagerGuard}, which keeps SPARQL {@code LOAD} from reading local files.
 */
package org.lskg.server;
