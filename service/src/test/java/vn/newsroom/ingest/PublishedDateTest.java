package vn.newsroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateTest {

    @Test
    void keepsTheSourcePrecision() {
        assertEquals(PublishedDate.Precision.YEAR, PublishedDate.parse("2022").precision());
        assertEquals(PublishedDate.Precision.MONTH, PublishedDate.parse("2022-11").precision());
        assertEquals(PublishedDate.Precision.DAY, PublishedDate.parse("2022-11-10").precision());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022", "2022-11", "2022-11-10"})
    void writesWhatItReads(String text) {
        assertEquals(text, PublishedDate.parse(text).toString());
    }

    @Test
    void aMonthIsNotADay() {
        PublishedDate november = PublishedDate.ofMonth(2022, 11);

        assertEquals(new PublishedDate(2022, 11, null), november);
        assertEquals(null, november.day());
        assertEquals("2022-11", november.toString());
    }

    @Test
    void coversEveryDayOfItsPeriod() {
        assertEquals(LocalDate.of(2022, 11, 1), PublishedDate.parse("2022-11").firstDay());
        assertEquals(LocalDate.of(2022, 11, 30), PublishedDate.parse("2022-11").lastDay());
        assertEquals(LocalDate.of(2024, 2, 29), PublishedDate.parse("2024-02").lastDay());
        assertEquals(LocalDate.of(2020, 1, 1), PublishedDate.ofYear(2020).firstDay());
        assertEquals(LocalDate.of(2020, 12, 31), PublishedDate.ofYear(2020).lastDay());
        assertEquals(LocalDate.of(2022, 11, 10), PublishedDate.parse("2022-11-10").firstDay());
        assertEquals(LocalDate.of(2022, 11, 10), PublishedDate.parse("2022-11-10").lastDay());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "22", "2022-1", "2022/11", "11-2022", "2022-11-10T08:00", "2022-13", "2022-02-30", "0999", "ngày 10/11/2022"})
    void rejectsMalformedInputNamingTheAcceptedForms(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublishedDate.parse(text));

        assertTrue(e.getMessage().contains("YYYY, YYYY-MM or YYYY-MM-DD"), e.getMessage());
    }

    @Test
    void rejectsADayWithoutAMonth() {
        assertThrows(IllegalArgumentException.class, () -> new PublishedDate(2022, null, 10));
    }

    @Test
    void travelsAsItsStringFormInJson() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertEquals("\"2022-11\"", json.writeValueAsString(PublishedDate.ofMonth(2022, 11)));
        assertEquals(PublishedDate.ofDay(2020, 10, 7), json.readValue("\"2020-10-07\"", PublishedDate.class));
    }
}
