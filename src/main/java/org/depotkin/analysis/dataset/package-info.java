/**
 * NONMEM-style event datasets run through a scenario, and analyses by subject (docs/datasets.md).
 *
 * <ul>
 *   <li>{@link org.depotkin.analysis.dataset.DatasetSimulation} — each subject's doses, observation
 *       times and covariates as scenarios (one per run between resets), simulated by the engine, with
 *       residual error; also each subject's observations with its scenario, for fitting;</li>
 *   <li>{@link org.depotkin.analysis.dataset.Compartments} — how CMT maps onto the scenario;</li>
 *   <li>{@link org.depotkin.analysis.dataset.SteadyState} — the number of earlier doses that reaches
 *       steady state, by convergence of the troughs;</li>
 *   <li>{@link org.depotkin.analysis.dataset.ResidualError} — additive, proportional, combined and
 *       log-normal residual error;</li>
 *   <li>{@link org.depotkin.analysis.dataset.Occasions} — between-occasion variability of the
 *       formulation's parameters;</li>
 *   <li>{@link org.depotkin.analysis.dataset.Allometry} — body-weight scaling by the WT column;</li>
 *   <li>{@link org.depotkin.analysis.dataset.ObservedSubjects} and
 *       {@link org.depotkin.analysis.dataset.Summary} — profiles by subject for NCA, and the summary
 *       statistics across subjects (geometric mean, CV %);</li>
 *   <li>{@link org.depotkin.analysis.dataset.DatasetExamples} — the synthetic example datasets.</li>
 * </ul>
 */
package org.depotkin.analysis.dataset;
