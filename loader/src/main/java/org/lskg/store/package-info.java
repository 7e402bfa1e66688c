/**
 * The lskg store: a TDB2 database holding one named graph per source document.
 *
 * <p>{@link org.lskg.store.LskgStore} is the facade: it loads a {@link org.lskg.store.DocumentGraph}
 * atomically (replacing the document's previous graph), answers SPARQL in the formats of
 * {@link org.lskg.store.ResultFormat}, exports in the formats of {@link org.lskg.store.ExportFormat}, and
 * checks every graph with a {@link org.lskg.store.DocumentValidator} (SHACL by
 * {@link org.lskg.store.ShaclValidator}). Errors a user can act on are {@link org.lskg.store.StoreException}
 * and {@link org.lskg.store.DocumentRejectedException}, both with readable messages.
 */
package org.lskg.store;
