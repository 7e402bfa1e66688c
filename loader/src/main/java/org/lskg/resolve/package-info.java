/**
 * Entity resolution: deciding which real-world entity a name in a document denotes. {@link
 * org.lskg.resolve.Gazetteer} holds the curated, sourced entities shipped with lskg (canonical labels,
 * aliases, categories, parents, validity and successors) and answers exact and typo-tolerant label lookups;
 * entities it does not know are minted by {@link org.lskg.extract.EntityCategory#mint(String)} under the same
 * IRI rule. The provinces and centrally-run cities of before and after 01/7/2025, with their People's
 * Committees, People's Councils and party committees, are derived from {@code provinces.tsv} ({@link
 * org.lskg.resolve.ProvinceEntities}); a body named without its place is resolved against the province of the
 * document that names it ({@link org.lskg.resolve.EntityResolver}), never against a default province.
 */
package org.lskg.resolve;
