package org.depotkin.model;

import java.io.Serializable;

/**
 * A formulation given on a regimen. A scenario may combine several (oral induction then an
 * injection, say).
 */
public record Administration(Formulation formulation, Regimen regimen) implements Serializable {
}
