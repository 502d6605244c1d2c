package io.maestro.reports.api;

import io.maestro.reports.domain.ReportRecords;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PDF export (beyond 0.6, compatibility.md D36): landscape A4 pages with the report's name, filters and the date
 * it was made in the header, a table of its first {@value #MAX_COLUMNS} columns (the report's {@code columns}, else
 * the first row's fields), and "page n" at the foot. Pages are written to a temporary file as they fill, not kept in
 * memory; at most {@value #MAX_ROWS} rows are printed, and the last page says so when there were more.
 */
@Component
class PdfReports {

    static final int MAX_ROWS = 10_000;
    static final int MAX_COLUMNS = 8;

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float ROW = 14;
    private static final float FONT_SIZE = 8;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportRecords records;

    PdfReports(ReportRecords records) {
        this.records = records;
    }

    void write(String table, RowWriters.Rows rows, OutputStream out) throws IOException {
        String reportId = table.substring(0, table.indexOf('_'));
        Map<String, Object> report = records.find(reportId).orElse(Map.of());
        List<String> columns = columns(report);
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Layout layout = new Layout(document, report, columns);
            rows.forEach(row -> layout.row(row));
            layout.close();
            document.save(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> columns(Map<String, Object> report) {
        List<String> columns = new ArrayList<>();
        if (report.get("columns") instanceof List<?> named) {
            named.stream().map(String::valueOf).limit(MAX_COLUMNS).forEach(columns::add);
        }
        return columns;
    }

    /** The page being filled and where its next row goes. */
    private static final class Layout {

        private final PDDocument document;
        private final Map<String, Object> report;
        private final List<String> columns;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream content;
        private float y;
        private int pages;
        private long printed;
        private long skipped;

        Layout(PDDocument document, Map<String, Object> report, List<String> columns) {
            this.document = document;
            this.report = report;
            this.columns = columns;
        }

        void row(Map<String, Object> row) {
            if (printed >= MAX_ROWS) {
                skipped++;
                return;
            }
            try {
                if (columns.isEmpty()) {
                    row.keySet().stream().limit(MAX_COLUMNS).forEach(columns::add);
                }
                if (content == null || y < MARGIN + 2 * ROW) {
                    newPage();
                }
                Map<String, Object> flat = RowWriters.flatten(row);
                cells(columns.stream().map(column -> value(row, flat, column)).toList(), regular);
                printed++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            if (content == null) {
                newPage();
                line("This report has no rows.", regular, FONT_SIZE, MARGIN);
            }
            if (skipped > 0) {
                if (y < MARGIN + 2 * ROW) {
                    newPage();
                }
                line("The PDF shows the first " + MAX_ROWS + " rows; " + skipped
                        + " more are in the other exports.", bold, FONT_SIZE, MARGIN);
            }
            content.close();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            pages++;
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
            line(text(report.getOrDefault("name", "Report")), bold, 14, MARGIN);
            y -= 4;
            line("Filters: " + JSON.writeValueAsString(report.getOrDefault("filters", List.of())), regular, FONT_SIZE,
                    MARGIN);
            line("Made: " + text(report.getOrDefault("updated_at", Instant.now().toString())), regular, FONT_SIZE,
                    MARGIN);
            footer();
            y -= ROW / 2;
            cells(columns, bold);
        }

        private void footer() throws IOException {
            content.beginText();
            content.setFont(regular, FONT_SIZE);
            content.newLineAtOffset(PAGE.getWidth() - MARGIN - 40, MARGIN / 2);
            content.showText("page " + pages);
            content.endText();
        }

        private void cells(List<?> values, PDType1Font font) throws IOException {
            float width = (PAGE.getWidth() - 2 * MARGIN) / Math.max(1, columns.size());
            for (int i = 0; i < values.size(); i++) {
                String cell = fit(text(values.get(i)), font, width - 4);
                content.beginText();
                content.setFont(font, FONT_SIZE);
                content.newLineAtOffset(MARGIN + i * width, y);
                content.showText(cell);
                content.endText();
            }
            y -= ROW;
        }

        private void line(String text, PDType1Font font, float size, float x) throws IOException {
            String fitted = fit(text, font, PAGE.getWidth() - 2 * MARGIN, size);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(fitted);
            content.endText();
            y -= size + 4;
        }

        private static String fit(String text, PDType1Font font, float width) throws IOException {
            return fit(text, font, width, FONT_SIZE);
        }

        /** {@code text} cut (with "…" as "...") to {@code width} points. */
        private static String fit(String text, PDType1Font font, float width, float size) throws IOException {
            if (font.getStringWidth(text) / 1000 * size <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && font.getStringWidth(cut + "...") / 1000 * size > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "...";
        }

        private static Object value(Map<String, Object> row, Map<String, Object> flat, String column) {
            Object value = row.get(column);
            if (value instanceof Map<?, ?> object) {
                Object name = object.get("name");
                return name != null ? name : JSON.writeValueAsString(object);
            }
            return value instanceof List<?> list ? JSON.writeValueAsString(list) : flat.getOrDefault(column, value);
        }

        /** The text as the standard fonts can show it: Latin-1 printable characters, others as "?". */
        private static String text(Object value) {
            if (value == null) {
                return "";
            }
            StringBuilder shown = new StringBuilder();
            String.valueOf(value).codePoints().forEach(c -> shown.append(
                    (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) ? (char) c : '?'));
            return shown.toString();
        }
    }
}
