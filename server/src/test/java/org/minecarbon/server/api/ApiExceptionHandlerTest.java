package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;

class ApiExceptionHandlerTest {

  @Test
  void missingParameter_requiredWithLocation() {
    Issue i =
        ApiExceptionHandler.issueOf(
            new MissingServletRequestParameterException("year", "Integer"), HttpStatus.BAD_REQUEST);

    assertThat(i.code()).isEqualTo("REQUIRED");
    assertThat(i.location()).isEqualTo("query parameter year");
  }

  @Test
  void problem_typeIsFirstErrorCodeAndIssuesKeepEveryField() {
    List<Issue> issues =
        List.of(
            Issue.warning("GRID_YEAR_FALLBACK", "/activities/1", "w"),
            Issue.error("UNKNOWN_FUEL", "/activities/2/fuel", "bad fuel", "coal-ish", "a fuel"));

    ProblemDetail p = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", "d", issues);

    assertThat(p.getType().toString()).isEqualTo("urn:minecarbon:issue:UNKNOWN_FUEL");
    @SuppressWarnings("unchecked")
    List<Map<String, String>> out = (List<Map<String, String>>) p.getProperties().get("issues");
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).containsEntry("severity", "warning");
    assertThat(out.get(1))
        .containsOnlyKeys("code", "severity", "message", "pointer", "value", "expected", "location")
        .containsEntry("value", "coal-ish");
  }
}
