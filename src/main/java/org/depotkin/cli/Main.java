package org.depotkin.cli;
public final class Main { public static void main(String[] a) { } }
