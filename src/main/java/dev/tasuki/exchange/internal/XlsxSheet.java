package dev.tasuki.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import dev.tasuki.platform.FormulaGuard;

/**
 * An Excel workbook of one sheet, streamed: only a window of rows is kept in memory (POI's SXSSF), the rest goes to a
 * temporary file until the workbook is written. Numbers are numeric cells; text is neutralised as in CSV, although
 * Excel does not run a text cell, because a user may copy it out into a formula bar or a CSV.
 */
public final class XlsxSheet implements dev.tasuki.exchange.internal.Sheet {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final OutputStream out;
    private int rows;

    public XlsxSheet(OutputStream out, String name) {
        this.out = out;
        this.sheet = workbook.createSheet(name);
    }

    @Override
    public void row(List<?> values) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else {
                row.createCell(i).setCellValue(FormulaGuard.neutralise(value == null ? null : value.toString()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
