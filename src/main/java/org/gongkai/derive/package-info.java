/**
 * Stage 3, deriving: computes what the documents imply but do not all print (totals, year-on-year
 * changes, shares, scores and grades, whether targets are met, comparisons between units, timelines)
 * from the loaded model. Entry point: {@link org.gongkai.derive.DerivedContent}. Uses {@code model} only.
 */
package org.gongkai.derive;
