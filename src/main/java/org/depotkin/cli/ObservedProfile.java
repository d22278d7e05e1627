package org.depotkin.cli;

import java.nio.file.Path;
import org.depotkin.analysis.nca.Profile;
import org.depotkin.io.ObservedCsv;
import org.depotkin.io.yaml.Location;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.model.Unit;

/**
 * A plasma profile read from a CSV file, in ng/mL and h.
 *
 * @param name    short name for output files and titles (the file name without .csv)
 * @param analyte the value column's name or the tidy CSV's analyte
 * @param profile the data
 */
record ObservedProfile(String name, String analyte, Profile profile) {
    static ObservedProfile read(Path file, String analyte) {
        ObservedCsv.Series s = ObservedCsv.read(file, analyte);
        Profile p;
        try {
            p = new Profile(s.times(), s.valuesIn(Unit.NG_PER_ML));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(Location.start(s.file()), e.getMessage());
        }
        return new ObservedProfile(stem(file), s.name(), p);
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
