package org.depotkin.bench;

import java.util.List;

/** The four workloads of docs/workloads.md §3 and the bundled scenario file each starts from. */
public enum Workload {
    W1("bench-w1.yaml", "oral: 50 mg every 24 h for 180 days"),
    W2("bench-w2.yaml", "implant: 1000 mg with fibrosis"),
    W3("bench-w2.yaml", "population: the implant with IIV on CL, Vc, k_rel, k_fib"),
    W4("bench-w1.yaml", "adherence: the oral regimen, each dose taken with probability 0.7"),
    W5("population-implant-3.4g.yaml population-implant-3.4g-failures.yaml population-oral-adherence.yaml "
            + "population-xrntx.yaml", "the population command on the four bundled population scenarios (full "
            + "naltrexone model, kinetic binding of naltrexone and 6beta-naltrexol), 180 days");

    private final List<String> files;
    private final String description;

    Workload(String files, String description) {
        this.files = List.of(files.split(" "));
        this.description = description;
    }

    /** Scenario file names in the models folder. */
    public List<String> files() {
        return files;
    }

    public String description() {
        return description;
    }

    /** True for W3, W4 and W5, which have subjects. */
    public boolean isPopulation() {
        return this == W3 || this == W4 || this == W5;
    }
}
