package app;

public class App {
  int size() {
    return 1;
  }
}
