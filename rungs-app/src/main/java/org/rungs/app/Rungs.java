package org.rungs.app;

public class Rungs {
  public static void main(String[] args) {}
}
