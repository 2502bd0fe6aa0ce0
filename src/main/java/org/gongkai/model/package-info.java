/**
 * Stage 1 of the pipeline, the content model: records for the site, its units and their reports
 * (决算 and 绩效自评) as the content files state them, and {@link org.gongkai.model.Diagnostic}, the
 * finding every stage reports. Uses no other gongkai package; every other package may use it.
 */
package org.gongkai.model;
