package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, critical: factor sets were one namespace. As probed: a viewer of one group listed and
 * read another group's private set, an enterprise of another group could use it, and set ids
 * collided across tenants.
 */
class FactorSetTenancyIT extends ApiTestBase {

  @Test
  void privateSet_invisibleToOtherTenant_unusableThere_andIdsDoNotCollide() {
    String own = "LAB-A-" + UUID.randomUUID().toString().substring(0, 8);
    String same = "LAB-S-" + UUID.randomUUID().toString().substring(0, 8);
    Actor rival = actor(TENANT_B, List.of(), Role.ADMIN);
    Actor rivalViewer = actor(TENANT_B, List.of(), Role.VIEWER);

    assertThat(upload(null, own, "21.53").statusCode()).isEqualTo(201);
    assertThat(upload(null, same, "21.53").statusCode()).isEqualTo(201);

    assertThat(json(getAs(rivalViewer, "/api/v1/factor-sets")))
        .noneMatch(s -> s.get("id").asString().equals(own))
        .anyMatch(s -> s.get("id").asString().equals("CN-2015")); // built-in sets are shared
    assertProblem(getAs(rivalViewer, "/api/v1/factor-sets/" + own + "/factors"), 404, "NOT_FOUND");

    // the same id in another tenant is that tenant's own set, with its own values
    assertThat(upload(rival, same, "19.99").statusCode()).isEqualTo(201);
    assertThat(ncv(getAs(rival, "/api/v1/factor-sets/" + same + "/factors"))).isEqualTo(19.99);
    assertThat(ncv(get("/api/v1/factor-sets/" + same + "/factors"))).isEqualTo(21.53);

    // an enterprise of the other tenant cannot use the private set
    String doc =
        new String(read(COAL), StandardCharsets.UTF_8)
            .replace("\"factorSet\": \"CN-2015\"", "\"factorSet\": \"" + own + "\"");
    assertThat(doc).contains(own);
    HttpResponse<byte[]> imported =
        send(
            as(rival, "/api/v1/enterprises/import?filename=coal.json")
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(doc))
                .build());
    assertProblem(imported, 422, "UNKNOWN_FACTOR_SET");
  }

  private HttpResponse<byte[]> upload(@Nullable Actor actor, String id, String ncv) {
    String csv =
        "# set: "
            + id
            + "\n# parent: CN-2015\n"
            + "key,value,unit,citation,confidence,uncertainty,note\n"
            + "fuel.bituminous.ncv,"
            + ncv
            + ",GJ/t,\"Lab report 2024-031\",user,,\n";
    String path = "/api/v1/factor-sets?filename=lab.csv";
    if (actor == null) {
      return post(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
    return send(
        as(actor, path)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build());
  }

  private static double ncv(HttpResponse<byte[]> factors) {
    assertThat(factors.statusCode()).isEqualTo(200);
    for (JsonNode f : json(factors)) {
      if (f.get("key").asString().equals("fuel.bituminous.ncv")) {
        return f.get("value").asDouble();
      }
    }
    throw new AssertionError("no fuel.bituminous.ncv");
  }
}
