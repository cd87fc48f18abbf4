package lib;

public class Lib {
  int size() {
    return 2;
  }
}
