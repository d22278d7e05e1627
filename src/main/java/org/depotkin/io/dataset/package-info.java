/**
 * NONMEM-style event datasets: one record per line with the columns ID, TIME, AMT, RATE, EVID,
 * CMT, II, ADDL, SS, DV, MDV and any covariate columns, as NONMEM, Monolix, nlmixr2 and Pumas
 * read them (docs/datasets.md).
 *
 * <ul>
 *   <li>{@link org.depotkin.io.dataset.DatasetReader} — reads and checks a file; every bad cell
 *       is a one-line {@code file:line:column} error naming the column;</li>
 *   <li>{@link org.depotkin.io.dataset.Dataset} and {@link org.depotkin.io.dataset.EventRecord} —
 *       the records, grouped by subject, covariates carried forward;</li>
 *   <li>{@link org.depotkin.io.dataset.DatasetWriter} — writes records back in the same layout, so
 *       that a written file reads back to the same records.</li>
 * </ul>
 * Units: TIME and II in h, AMT in labelled mg, RATE in mg/h, DV in the unit of the output observed
 * (ng/mL for concentrations).
 */
package org.depotkin.io.dataset;
