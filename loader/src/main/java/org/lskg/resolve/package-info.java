/**
 * Entity resolution: deciding which real-world entity a name in a document denotes. {@link
 * org.lskg.resolve.Gazetteer} holds the curated, sourced entities shipped with lskg (canonical labels,
 * aliases, categories, parents) and answers exact and typo-tolerant label lookups; entities it does not know
 * are minted by {@link org.lskg.resolve.EntityCategory#mint(String)} under the same IRI rule.
 */
package org.lskg.resolve;

import org.lskg.extract.EntityCategory;
