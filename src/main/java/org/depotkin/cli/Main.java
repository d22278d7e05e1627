package org.depotkin.cli;
public class Main { public static void main(String[] a) { } }
