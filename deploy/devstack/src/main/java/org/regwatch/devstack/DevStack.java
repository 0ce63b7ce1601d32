package org.regwatch.devstack; public final class DevStack { public static void main(String[] a){} }
