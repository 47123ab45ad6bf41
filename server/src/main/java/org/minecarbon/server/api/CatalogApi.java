package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.benchmark.BenchmarkInput;
import org.minecarbon.app.benchmark.BenchmarkService;
import org.minecarbon.app.benchmark.BenchmarkView;
import org.minecarbon.app.factor.FactorService;
import org.minecarbon.app.factor.FactorSetView;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.server.access.Requires;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Reference data: factor sets (built-in and user CSV) and sector benchmarks. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "catalog", description = "Factor sets and benchmarks")
class CatalogApi {
  private final FactorService factors;
  private final BenchmarkService benchmarks;

  CatalogApi(FactorService factors, BenchmarkService benchmarks) {
    this.factors = factors;
    this.benchmarks = benchmarks;
  }

  @Requires(Permission.READ)
  @GetMapping("/factor-sets")
  List<FactorSetView> factorSets() {
    return factors.sets();
  }

  @Requires(Permission.READ)
  @GetMapping("/factor-sets/{setId}/factors")
  @Operation(summary = "The effective factors of a set (own over inherited), with citations")
  List<Factor> factors(@PathVariable String setId) {
    return factors.factors(setId);
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PostMapping(path = "/factor-sets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Add a user factor set from CSV ('# set: ID' header, key,value,unit,citation…)")
  ResponseEntity<FactorSetView> addFactorSetFile(@RequestPart("file") MultipartFile file) {
    try {
      String name = file.getOriginalFilename() == null ? "factors.csv" : file.getOriginalFilename();
      return created(factors.addUserSet(name, file.getBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PostMapping(
      path = "/factor-sets",
      consumes = {"text/csv", "text/plain"})
  ResponseEntity<FactorSetView> addFactorSetBody(
      @RequestBody byte[] csv, @RequestParam(required = false) @Nullable String filename) {
    return created(factors.addUserSet(filename == null ? "factors.csv" : filename, csv));
  }

  @Requires(Permission.READ)
  @GetMapping("/benchmarks")
  List<BenchmarkView> benchmarks() {
    return benchmarks.list();
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PostMapping("/benchmarks")
  ResponseEntity<BenchmarkView> addBenchmark(@RequestBody BenchmarkInput input) {
    BenchmarkView b = benchmarks.create(input);
    return ResponseEntity.created(URI.create("/api/v1/benchmarks/" + b.id())).body(b);
  }

  @Requires(Permission.READ)
  @GetMapping("/benchmarks/{id}")
  BenchmarkView benchmark(@PathVariable long id) {
    return benchmarks.get(id);
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PutMapping("/benchmarks/{id}")
  BenchmarkView updateBenchmark(@PathVariable long id, @RequestBody BenchmarkInput input) {
    return benchmarks.update(id, input);
  }

  @Requires(Permission.MANAGE_CATALOG)
  @DeleteMapping("/benchmarks/{id}")
  ResponseEntity<Void> deleteBenchmark(@PathVariable long id) {
    benchmarks.delete(id);
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<FactorSetView> created(FactorSetView set) {
    return ResponseEntity.created(URI.create("/api/v1/factor-sets/" + set.id() + "/factors"))
        .body(set);
  }
}
