package org.depotkin.bench;

/** The four workloads of bench/WORKLOADS.md §3 and the bundled scenario file each starts from. */
public enum Workload {
    W1("bench-w1.yaml", "oral: 50 mg every 24 h for 180 days"),
    W2("bench-w2.yaml", "implant: 1000 mg with fibrosis"),
    W3("bench-w2.yaml", "population: the implant with IIV on CL, Vc, k_rel, k_fib"),
    W4("bench-w1.yaml", "adherence: the oral regimen, each dose taken with probability 0.7");

    private final String file;
    private final String description;

    Workload(String file, String description) {
        this.file = file;
        this.description = description;
    }

    /** Scenario file name in the models folder. */
    public String file() {
        return file;
    }

    public String description() {
        return description;
    }

    /** True for W3 and W4, which have subjects. */
    public boolean isPopulation() {
        return this == W3 || this == W4;
    }
}
