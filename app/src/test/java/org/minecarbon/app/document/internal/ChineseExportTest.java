package org.minecarbon.app.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.TestActor;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.internal.StoreAuditTrail;
import org.minecarbon.app.document.ExportFormat;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.internal.StoreInventoryService;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.RowQuery;

/**
 * The data export from the Chinese UI (issue 12): Chinese sheet names and headers, and the round
 * trip export → import preview shows no change (the importer reads the Chinese workbook back).
 */
class ChineseExportTest {
  private static final Path COAL = Path.of("../examples/coal-mine.json");

  private Store store;
  private TestActor actor;
  private DocumentImportService imports;
  private long id;

  @BeforeEach
  void setUp() throws IOException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:zhexport-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    actor = new TestActor(store);
    long g = store.users().createGroup("group-a");
    store.users().createUser("alice", "{noop}x", List.of("USER"), g);
    actor.signIn("alice");
    Libraries libraries = new Libraries(store, actor);
    Tenancy tenancy = new Tenancy(store, actor);
    PeriodLocks locks = new PeriodLocks(store);
    StoreAuditTrail audit = new StoreAuditTrail(store, actor);
    StoreInventoryService inventories =
        new StoreInventoryService(store, tenancy, libraries, locks, audit);
    imports = new DocumentImportService(store, tenancy, libraries, inventories, locks, audit);
    id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
  }

  @AfterEach
  void tearDown() {
    actor.signOut();
  }

  @Test
  void exportXlsxZh_sheetNamesAndHeadersAreChinese() throws IOException {
    byte[] bytes = imports.export(id, ExportFormat.XLSX_ZH);

    List<String> names = new ArrayList<>();
    List<String> englishHeaders = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet s : wb) {
        names.add(s.getSheetName());
        Row header = s.getRow(0);
        if (header != null && s.getSheetName().matches(".*\\p{IsHan}.*")) {
          header.forEach(
              c -> {
                if (c.toString().matches("[A-Za-z ]+")) {
                  englishHeaders.add(s.getSheetName() + ":" + c);
                }
              });
        }
      }
    }
    // the coal mine has activities, sinks and production: those sheets are named in Chinese
    assertThat(names).isNotEmpty().noneMatch(n -> n.matches("(?i)activities|sinks|production"));
    assertThat(names.stream().filter(n -> n.matches(".*\\p{IsHan}.*")).count())
        .isGreaterThanOrEqualTo(3);
    assertThat(englishHeaders).isEmpty();
  }

  @Test
  void exportXlsxZh_importPreviewOfTheSameFile_showsNoChange() {
    int rows = store.rows().list(id, RowQuery.ALL).size();
    byte[] bytes = imports.export(id, ExportFormat.XLSX_ZH);

    for (ImportMode mode : ImportMode.values()) {
      ImportPreview p = imports.preview(id, bytes, "导出.xlsx", mode);

      assertThat(p.added()).as(mode.code()).isEmpty();
      assertThat(p.changed()).as(mode.code()).isEmpty();
      assertThat(p.removed()).as(mode.code()).isEmpty();
      assertThat(p.unchanged()).as(mode.code()).isEqualTo(rows);
      assertThat(p.sitesAdded()).as(mode.code()).isEmpty();
    }
  }
}
