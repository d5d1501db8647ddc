package vn.newsroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    @Nested
    class OnTheSeeds {

        @Test
        void seed000StartsWithACaptionNotAHeadline() {
            ParsedArticle article = Seeds.parsed("000");

            assertNull(article.title());
            assertTrue(article.lead().startsWith("Theo phóng viên TTXVN tại Kuala Lumpur"), article.lead());
            assertEquals(List.of("Các đại biểu tại Hội nghị Bộ trưởng Ngoại giao ASEAN."), article.captions());
            assertEquals(List.of("Viên Luyến – PV TTXVN tại Malaysia"), article.credits());
            assertFalse(article.body().contains("Ảnh:"));
            assertTrue(article.body().endsWith("nâng tổng số quốc gia/tổ chức tham gia TAC lên 58 nước."));
        }

        @Test
        void seed000HasNoDateBecauseItsDatesHaveNoYear() {
            assertNull(Seeds.parsed("000").publishedAt()); // "ngày 26-28/10", "ngày 26/10"
        }

        @Test
        void seed001TakesTheMonthFromTheMarker() {
            ParsedArticle article = Seeds.parsed("001");

            assertEquals(PublishedDate.ofMonth(2022, 11), article.publishedAt());
            assertEquals("2022-11", article.publishedAt().toString());
            assertNull(article.title());
            assertTrue(article.lead().startsWith("Ngày 10/11, các Bộ trưởng Ngoại giao ASEAN"), article.lead());
            assertFalse(article.body().contains("date 2022"));
        }

        @Test
        void seed001SetsTheCaptionApartAndKeepsTheCrossHead() {
            ParsedArticle article = Seeds.parsed("001");

            assertEquals(List.of("Đoàn Việt Nam do Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu tham dự các hội nghị."),
                    article.captions());
            assertEquals(List.of("AKP"), article.credits());
            assertTrue(paragraphs(article).contains("Ucraina tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á"));
        }

        @Test
        void seed001SeparatesParagraphsByExactlyOneBlankLine() {
            String body = Seeds.parsed("001").body();

            assertFalse(body.contains("\n\n\n"));
            assertEquals(12, paragraphs(Seeds.parsed("001")).size()); // 13 non-blank lines less the caption
        }

        @Test
        void seed002HasAHeadline() {
            ParsedArticle article = Seeds.parsed("002");

            assertEquals("Hợp tác ASEAN năm 2024: Bước chuyển quan trọng của tiến trình xây dựng Cộng đồng", article.title());
            assertTrue(article.lead().startsWith("Ngày 29/1, tại cố đô Luang Prabang, Lào"), article.lead());
            assertFalse(article.body().contains("Bước chuyển quan trọng"));
        }

        @Test
        void seed002KeepsDuplicatedCaptionsOnceAndOutOfTheBody() {
            ParsedArticle article = Seeds.parsed("002");

            assertEquals(List.of(
                    "Các đại biểu tham dự Hội nghị chụp ảnh lưu niệm.",
                    "Quang cảnh Hội nghị.",
                    "Bộ trưởng Ngoại giao Việt Nam Bùi Thanh Sơn tại Hội nghị."), article.captions());
            assertEquals(List.of("Hải Tiến"), article.credits());
            assertFalse(article.body().contains("Quang cảnh Hội nghị"));
            assertFalse(article.body().contains("chụp ảnh lưu niệm"));
        }

        @Test
        void seed002DropsTheTeaserList() {
            ParsedArticle article = Seeds.parsed("002");

            assertFalse(article.body().contains("Có thể bạn quan tâm"));
            assertFalse(article.body().contains("Tây Bandung"));
            assertFalse(article.captions().stream().anyMatch(c -> c.contains("Yangon")));
            assertTrue(article.body().endsWith("phản ánh toàn diện các nội dung được trao đổi tại Hội nghị."));
        }

        @Test
        void seed002TakesNoDateFromTheTeasers() {
            assertNull(Seeds.parsed("002").publishedAt()); // the teasers' "ngày 24/1/2026" is another article's
        }

        @Test
        void seed003DropsTablePipesAndMovesTheBylineToTheCredits() {
            ParsedArticle article = Seeds.parsed("003");

            assertFalse(article.body().contains("|"));
            assertFalse(paragraphs(article).contains("TTXVN"));
            assertEquals(List.of("asean.org", "TTXVN"), article.credits());
            assertEquals(1, article.captions().size());
            assertTrue(article.captions().get(0).endsWith("gặp Bộ trưởng Ngoại giao Malaysia Datuk Seri Mohamad Hasan."));
        }

        @Test
        void seed003DropsTheReaderPromptAndTheRelatedArticlesAfterIt() {
            ParsedArticle article = Seeds.parsed("003");

            assertFalse(article.body().contains("Mời bạn đọc"));
            assertFalse(article.body().contains("Trần Đức Bình"));
            assertTrue(article.body().endsWith("đề cập đến nhiều vấn đề khu vực và song phương cùng quan tâm."));
            assertNull(article.title());
            assertNull(article.publishedAt());
        }

        @Test
        void seed004TakesTheMonthFromTheMarkerAndACreditWithoutColon() {
            ParsedArticle article = Seeds.parsed("004");

            assertEquals(PublishedDate.ofMonth(2020, 10), article.publishedAt());
            assertEquals("2020-10", article.publishedAt().toString());
            assertEquals(List.of("Trưởng SOM các nước thành viên ASEAN và Phó Tổng Thư ký ASEAN tại hội nghị."), article.captions());
            assertEquals(List.of("BNG"), article.credits());
            assertTrue(article.lead().startsWith("Ngày 7-10, Thứ trưởng Ngoại giao Nguyễn Quốc Dũng"), article.lead());
        }

        @Test
        void readsDecomposedUnicodeLikeComposed() {
            String decomposed = Normalizer.normalize(Seeds.raw("002"), Normalizer.Form.NFD);

            assertEquals(Seeds.parsed("002"), parser.parse(decomposed));
        }
    }

    @Nested
    class PublishedDates {

        @Test
        void takesAFullDateFromTheLead() {
            assertEquals(PublishedDate.ofDay(2022, 11, 10), parser.parse("Ngày 10/11/2022, các Bộ trưởng họp.").publishedAt());
        }

        @Test
        void readsASpelledOutDate() {
            assertEquals(PublishedDate.ofDay(2023, 9, 2),
                    parser.parse("Hà Nội, ngày 2 tháng 9 năm 2023 - Lễ kỷ niệm diễn ra.").publishedAt());
        }

        @Test
        void refinesTheMarkerWithAFullDateInsideIt() {
            assertEquals(PublishedDate.ofDay(2022, 11, 10),
                    parser.parse(" date 2022-11 Ngày 10/11/2022, các Bộ trưởng họp.").publishedAt());
        }

        @Test
        void keepsTheMarkerWhenTheLeadNamesAnotherDate() {
            assertEquals(PublishedDate.ofMonth(2022, 11),
                    parser.parse(" date 2022-11 Kỷ niệm sự kiện ngày 10/12/2021.").publishedAt());
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Ngày 10/11, các Bộ trưởng họp.",
                "Ngày 30/02/2022, các Bộ trưởng họp.",
                "Các Bộ trưởng họp.\n\nCông ước được ký ngày 10/12/1982."})
        void neverInventsADate(String raw) {
            assertNull(parser.parse(raw).publishedAt());
        }

        @Test
        void removesAnUnreadableMarkerWithoutTakingItsDate() {
            ParsedArticle article = parser.parse(" date 2022-13 Các Bộ trưởng họp.");

            assertNull(article.publishedAt());
            assertEquals("Các Bộ trưởng họp.", article.lead());
        }
    }

    @Nested
    class Headlines {

        @Test
        void aLeadParagraphIsNotAHeadline() {
            ParsedArticle article = parser.parse("Các Bộ trưởng đã họp.\n\nHội nghị thành công.");

            assertNull(article.title());
            assertEquals("Các Bộ trưởng đã họp.", article.lead());
        }

        @Test
        void aHeadlineMayAskAQuestion() {
            assertEquals("ASEAN sẽ kết nạp Timor-Leste?", parser.parse("ASEAN sẽ kết nạp Timor-Leste?\n\nNội dung.").title());
        }

        @Test
        void aLoneLineIsTheLeadNotATitle() {
            ParsedArticle article = parser.parse("Hợp tác ASEAN năm 2024");

            assertNull(article.title());
            assertEquals("Hợp tác ASEAN năm 2024", article.body());
        }

        @Test
        void anOverlongFirstLineIsNotAHeadline() {
            String longLine = "Hợp tác ASEAN ".repeat(20).strip();

            assertNull(parser.parse(longLine + "\n\nNội dung.").title());
        }

        @Test
        void aBodyWhoseTitleIsKnownKeepsItsFirstLineAsText() {
            ParsedArticle article = parser.parseBody("Hợp tác ASEAN năm 2024\n\nNội dung. Ảnh: TTXVN");

            assertNull(article.title());
            assertEquals("Hợp tác ASEAN năm 2024", article.lead());
            assertEquals(List.of("Nội dung."), article.captions());
        }
    }

    @Nested
    class NonArticleText {

        @ParameterizedTest
        @ValueSource(strings = {"TTXVN", "(Theo VNA)", "Theo TTXVN.", "THX/TTXVN"})
        void movesAgencyBylinesToTheCredits(String byline) {
            ParsedArticle article = parser.parse("Các Bộ trưởng đã họp.\n" + byline);

            assertEquals("Các Bộ trưởng đã họp.", article.body());
            assertEquals(1, article.credits().size());
            assertTrue(byline.contains(article.credits().get(0)), article.credits().toString());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Tin liên quan", "Bài liên quan:", "Xem thêm", "* Mời quý độc giả xem thêm"})
        void endsTheArticleAtATrailingBlock(String heading) {
            ParsedArticle article = parser.parse("Các Bộ trưởng đã họp.\n\n" + heading + "\n\nMột bài khác.");

            assertEquals("Các Bộ trưởng đã họp.", article.body());
        }

        @Test
        void doesNotTakeAnhHuongForAPhotoCredit() {
            ParsedArticle article = parser.parse("Các Bộ trưởng đã họp.\n\nẢnh hưởng của bão Yagi rất lớn.");

            assertEquals(List.of(), article.credits());
            assertTrue(article.body().endsWith("Ảnh hưởng của bão Yagi rất lớn."));
        }

        @Test
        void readsALineThatIsOnlyACredit() {
            ParsedArticle article = parser.parse("Các Bộ trưởng đã họp.\n\nẢnh: Reuters");

            assertEquals(List.of("Reuters"), article.credits());
            assertEquals(List.of(), article.captions());
            assertEquals("Các Bộ trưởng đã họp.", article.body());
        }

        @Test
        void parsesEmptyInput() {
            assertEquals(new ParsedArticle(null, "", "", List.of(), List.of(), null), parser.parse(""));
        }
    }

    private static List<String> paragraphs(ParsedArticle article) {
        return List.of(article.body().split("\n\n"));
    }
}
