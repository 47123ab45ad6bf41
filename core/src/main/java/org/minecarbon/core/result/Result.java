package org.minecarbon.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of an operation that can fail for expected, domain reasons. A success may carry
 * warnings; a failure carries at least one error and every other problem found alongside it.
 */
public sealed interface Result<T> permits Result.Ok, Result.Err {

  /** A success with its value and any warnings. */
  record Ok<T>(T value, List<Issue> warnings) implements Result<T> {
    public Ok {
      java.util.Objects.requireNonNull(value, "value");
      warnings = List.copyOf(warnings);
    }

    @Override
    public List<Issue> issues() {
      return warnings;
    }
  }

  /** A failure with every issue found; at least one is an error. */
  record Err<T>(List<Issue> issues) implements Result<T> {
    public Err {
      issues = List.copyOf(issues);
      Require.that(
          issues.stream().anyMatch(Issue::isError), "a failed result needs at least one error");
    }
  }

  static <T> Result<T> ok(T value) {
    return new Ok<>(value, List.of());
  }

  static <T> Result<T> ok(T value, List<Issue> warnings) {
    return new Ok<>(value, warnings);
  }

  static <T> Result<T> err(List<Issue> issues) {
    return new Err<>(issues);
  }

  static <T> Result<T> err(Issue issue) {
    return new Err<>(List.of(issue));
  }

  /** Success unless {@code issues} holds an error; warnings travel with the value. */
  static <T> Result<T> of(T value, List<Issue> issues) {
    return issues.stream().anyMatch(Issue::isError) ? new Err<>(issues) : new Ok<>(value, issues);
  }

  List<Issue> issues();

  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The value, or an {@link IllegalStateException} listing the errors. */
  default T orElseThrow() {
    return switch (this) {
      case Ok<T> ok -> ok.value();
      case Err<T> err ->
          throw new IllegalStateException(
              "result has errors: "
                  + String.join("; ", err.issues().stream().map(Issue::describe).toList()));
    };
  }

  default <U> Result<U> map(Function<? super T, ? extends U> f) {
    return switch (this) {
      case Ok<T> ok -> new Ok<>(f.apply(ok.value()), ok.warnings());
      case Err<T> err -> new Err<>(err.issues());
    };
  }

  default <U> Result<U> flatMap(Function<? super T, Result<U>> f) {
    return switch (this) {
      case Ok<T> ok -> {
        Result<U> next = f.apply(ok.value());
        List<Issue> all = new ArrayList<>(ok.warnings());
        all.addAll(next.issues());
        yield next instanceof Ok<U> o ? new Ok<>(o.value(), all) : new Err<>(all);
      }
      case Err<T> err -> new Err<>(err.issues());
    };
  }

  default List<Issue> errors() {
    return issues().stream().filter(Issue::isError).toList();
  }
}
