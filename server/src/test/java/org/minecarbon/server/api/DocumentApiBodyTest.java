package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Raw-body imports are read with a cap, like multipart uploads. */
class DocumentApiBodyTest {
  @Test
  void readCapped_bodyAtTheCap_returnedWhole() {
    MockHttpServletRequest req = new MockHttpServletRequest("POST", "/api/v1/validate");
    req.setContent(new byte[10]);

    assertThat(DocumentApi.readCapped(req, 10)).hasSize(10);
  }

  @Test
  void readCapped_declaredLengthOverTheCap_refusedBeforeReading() {
    MockHttpServletRequest req =
        new MockHttpServletRequest("POST", "/api/v1/validate") {
          @Override
          public long getContentLengthLong() {
            return 1L << 40;
          }
        };
    req.setContent(new byte[0]);

    assertThatThrownBy(() -> DocumentApi.readCapped(req, 10))
        .isInstanceOf(MaxUploadSizeExceededException.class);
  }

  @Test
  void readCapped_undeclaredEndlessBody_stopsOneByteAfterTheCap() {
    int[] read = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read[0]++;
            return 'x';
          }
        };
    MockHttpServletRequest req =
        new MockHttpServletRequest("POST", "/api/v1/validate") {
          @Override
          public long getContentLengthLong() {
            return -1;
          }

          @Override
          public jakarta.servlet.ServletInputStream getInputStream() {
            return new DelegatingServletInputStream(endless);
          }
        };

    assertThatThrownBy(() -> DocumentApi.readCapped(req, 1000))
        .isInstanceOf(MaxUploadSizeExceededException.class);
    assertThat(read[0]).isLessThanOrEqualTo(1001);
  }
}
