package org.govflow.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese file names survive the Content-Disposition header. */
class ContentDispositionTest {

    @Test
    void chineseNameIsPercentEncodedAsUtf8WithAnAsciiFallback() {
        String header = ContentDisposition.attachment("申请书 (1).pdf");

        assertThat(header).isEqualTo("attachment; filename=\"___ (1).pdf\"; "
                + "filename*=UTF-8''%E7%94%B3%E8%AF%B7%E4%B9%A6%20%281%29.pdf");
    }

    @Test
    void quotesAndBackslashesNeverBreakTheHeader() {
        assertThat(ContentDisposition.inline("a\"b\\c.pdf"))
                .isEqualTo("inline; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf");
    }
}
