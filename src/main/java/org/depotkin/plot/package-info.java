/**
 * Publication-quality figures of simulated curves (XChart), for slides and for students.
 *
 * <pre>
 *   List&lt;Run&gt; runs = List.of(Run.of(CompiledModel.compile(implant).simulate()),
 *                          Run.of(CompiledModel.compile(withFibrosis).simulate()));
 *   PlotSet.write(runs, Path.of("out"), "implant", EnumSet.of(FigureWriter.Format.PNG, FigureWriter.Format.SVG));
 *   // or one figure:  FigureWriter.write(Figures.concentration(runs).chart(), file, FigureWriter.Format.PNG);
 * </pre>
 *
 * <ul>
 *   <li>{@link org.depotkin.plot.Run} — a trajectory and its legend label;</li>
 *   <li>{@link org.depotkin.plot.Figures} — the figures: concentration (linear, log), metabolites,
 *       occupancy, depot release; each a {@link org.depotkin.plot.Figure} (name, XChart chart,
 *       thresholds drawn);</li>
 *   <li>{@link org.depotkin.plot.Sampler} — where curves are sampled (grid, events, true peaks);</li>
 *   <li>{@link org.depotkin.plot.TimeAxis} — hours up to 3 days, days beyond;</li>
 *   <li>{@link org.depotkin.plot.FigureWriter} — atomic PNG, SVG and PDF files; in SVG the text is
 *       {@code <text>} ({@link org.depotkin.plot.TextGraphics} reads XChart's glyph outlines back
 *       with {@link org.depotkin.plot.GlyphReader});</li>
 *   <li>{@link org.depotkin.plot.PopulationFigures} — virtual trials: percentile bands of concentration
 *       and occupancy per scenario, probability of meeting the criterion over time and the fraction
 *       covered for at least X days across scenarios;</li>
 *   <li>{@link org.depotkin.plot.PlotSet} — all figures that apply, as {@code <prefix>-<figure>.png/.svg};
 *       {@code PlotSet.writeFigures} writes any list of figures under their own names.</li>
 * </ul>
 * Every figure is 1200 × 700 px, white, with a title, axis titles with units, one Okabe–Ito colour
 * per run and a legend below the plot. AWT runs headless.
 */
package org.depotkin.plot;
