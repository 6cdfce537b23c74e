package org.defstats.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads back what a register chart's SVG draws, as a reader of the picture would: every bar and every line marker
 * inside the plot, as the category label under it, the legend label of its colour and the count its height or
 * position stands for on the value axis. Used to find a suppressed count drawn in a chart.
 */
final class ChartBars {

    /** A drawn count: the words of the group's label, the series' label, the value read off the axis. */
    record Drawn(String group, String series, double value) {
    }

    private record Text(double x, double y, double centre, String text, boolean sized) {
    }

    private record Shape(double x, double y, double width, double height, String fill, boolean bar) {
        double cx() {
            return x + width / 2;
        }

        double cy() {
            return y + height / 2;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private ChartBars() {
    }

    static List<Drawn> read(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root;
        try (InputStream in = Files.newInputStream(svg)) {
            root = factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
        List<Text> texts = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        List<double[]> horizontals = new ArrayList<>();
        walk(root, "black", new double[] {1, 0, 0, 1, 0, 0}, texts, shapes, horizontals);
        // gridlines span the plot; a level stretch of a series' line does not
        double widest = horizontals.stream().mapToDouble(h -> h[1] - h[0]).max().orElseThrow();
        horizontals.removeIf(h -> h[1] - h[0] < 0.9 * widest);
        // gridlines start at the plot; an axis line may start left of it
        double left = horizontals.stream().mapToDouble(h -> h[0]).max().orElseThrow();
        double right = horizontals.stream().mapToDouble(h -> h[1]).max().orElseThrow();
        double bottom = horizontals.stream().mapToDouble(h -> h[2]).max().orElseThrow();
        // the value axis: its tick labels left of the plot, each at its gridline
        List<double[]> ticks = new ArrayList<>();
        for (Text t : texts) {
            String number = t.text().replace(",", "").strip();
            if (NUMBER.matcher(number).matches() && 2 * t.centre() - t.x() <= left) {
                double gridline = horizontals.stream().mapToDouble(h -> h[2])
                        .boxed().min((a, b) -> Double.compare(Math.abs(a - t.y()), Math.abs(b - t.y()))).orElseThrow();
                ticks.add(new double[] {gridline, Double.parseDouble(number)});
            }
        }
        ticks.sort((a, b) -> Double.compare(b[0], a[0]));
        if (ticks.size() < 2) {
            throw new IllegalStateException(svg + ": no value axis found");
        }
        double perPixel = (ticks.get(1)[1] - ticks.get(0)[1]) / (ticks.get(0)[0] - ticks.get(1)[0]);
        double zeroY = ticks.get(0)[0] + ticks.get(0)[1] / perPixel;
        // the legend: shapes below the plot, each labelled by the text right of it
        List<Shape> legend = shapes.stream().filter(s -> s.cy() > bottom + 6).toList();
        List<String[]> series = new ArrayList<>();
        List<Text> legendTexts = new ArrayList<>();
        for (Shape s : legend) {
            texts.stream().filter(t -> Math.abs(t.y() - s.cy()) < 14 && t.x() >= s.x() + s.width()
                    && t.x() < s.x() + s.width() + 40).findFirst().ifPresent(t -> {
                        series.add(new String[] {s.fill(), t.text().strip()});
                        legendTexts.add(t);
                    });
        }
        // the category labels: unsized texts below the plot that are not the legend's, lines of a label together
        List<List<Text>> groups = new ArrayList<>();
        for (Text t : texts) {
            if (t.y() > bottom - 2 && !t.sized() && !legendTexts.contains(t) && t.centre() > left - 40) {
                groups.stream().filter(g -> Math.abs(g.get(0).centre() - t.centre()) < 3).findFirst()
                        .ifPresentOrElse(g -> g.add(t), () -> groups.add(new ArrayList<>(List.of(t))));
            }
        }
        List<Drawn> drawn = new ArrayList<>();
        for (Shape s : shapes) {
            if (s.cy() > bottom + 6 || s.cx() < left || s.cx() > right) {
                continue;
            }
            String label = series.stream().filter(x -> x[0].equals(s.fill())).map(x -> x[1]).findFirst().orElse(null);
            if (label == null) {
                continue;
            }
            List<Text> group = groups.stream().min((a, b) -> Double.compare(Math.abs(a.get(0).centre() - s.cx()),
                    Math.abs(b.get(0).centre() - s.cx()))).orElseThrow();
            double top = s.bar() ? s.y() : s.cy();
            drawn.add(new Drawn(words(group.stream().map(Text::text).reduce("", String::concat)), label,
                    (zeroY - top) * perPixel));
        }
        return drawn;
    }

    /** The words of a label without the mark of a suppressed group, sorted, so that wrapping does not matter. */
    static String words(String label) {
        String[] words = label.replace("*", " ").strip().split("\\s+");
        Arrays.sort(words);
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    private static void walk(Element element, String inherited, double[] outer, List<Text> texts,
            List<Shape> shapes, List<double[]> horizontals) {
        String style = element.getAttribute("style");
        String fill = property(style, "fill");
        String effective = fill == null ? inherited : fill;
        double[] matrix = outer;
        Matcher transform = Pattern.compile("matrix\\(([^)]*)\\)").matcher(element.getAttribute("transform"));
        if (transform.find()) {
            double[] t = Arrays.stream(transform.group(1).split(",")).mapToDouble(Double::parseDouble).toArray();
            matrix = new double[] {outer[0] * t[0] + outer[2] * t[1], outer[1] * t[0] + outer[3] * t[1],
                    outer[0] * t[2] + outer[2] * t[3], outer[1] * t[2] + outer[3] * t[3],
                    outer[0] * t[4] + outer[2] * t[5] + outer[4], outer[1] * t[4] + outer[3] * t[5] + outer[5]};
        }
        boolean rotated = matrix[1] != 0;
        switch (element.getTagName()) {
            case "text" -> {
                double x = number(element, "x");
                double y = number(element, "y");
                double length = element.hasAttribute("textLength") ? number(element, "textLength") : 0;
                double[] start = apply(matrix, x, y);
                double[] middle = apply(matrix, x + length / 2, y);
                texts.add(new Text(start[0], start[1], middle[0], element.getTextContent(),
                        style.contains("font-size")));
            }
            case "rect" -> {
                if (fill != null && !fill.equals("white") && !fill.equals("none") && style.contains("clip-path")
                        && !rotated) {
                    double[] corner = apply(matrix, number(element, "x"), number(element, "y"));
                    shapes.add(new Shape(corner[0], corner[1], number(element, "width") * matrix[0],
                            number(element, "height") * matrix[3], fill, true));
                }
            }
            case "path" -> {
                String d = element.getAttribute("d");
                if (d.contains("C") || d.matches("M[^C]*Z") && fill != null) {
                    double[] xy = NUMBER.matcher(d).results().mapToDouble(r -> Double.parseDouble(r.group()))
                            .toArray();
                    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE,
                            maxY = -Double.MAX_VALUE;
                    for (int i = 0; i + 1 < xy.length; i += 2) {
                        double[] p = apply(matrix, xy[i], xy[i + 1]);
                        xy[i] = p[0];
                        xy[i + 1] = p[1];
                        minX = Math.min(minX, xy[i]);
                        maxX = Math.max(maxX, xy[i]);
                        minY = Math.min(minY, xy[i + 1]);
                        maxY = Math.max(maxY, xy[i + 1]);
                    }
                    if (maxX - minX < 20 && maxY - minY < 20 && !effective.equals("white") && !effective.equals("none")
                            && !rotated) {
                        shapes.add(new Shape(minX, minY, maxX - minX, maxY - minY, effective, false));
                    }
                }
            }
            case "line" -> {
                if (element.getAttribute("y1").equals(element.getAttribute("y2")) && !rotated
                        && number(element, "x2") - number(element, "x1") > 200) {
                    double[] from = apply(matrix, number(element, "x1"), number(element, "y1"));
                    double[] to = apply(matrix, number(element, "x2"), number(element, "y2"));
                    horizontals.add(new double[] {from[0], to[0], from[1]});
                }
            }
            default -> {
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, effective, matrix, texts, shapes, horizontals);
            }
        }
    }

    private static double[] apply(double[] m, double x, double y) {
        return new double[] {m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]};
    }

    private static String property(String style, String name) {
        for (String part : style.split(";")) {
            String[] pair = part.split(":", 2);
            if (pair.length == 2 && pair[0].strip().equals(name)) {
                return pair[1].strip();
            }
        }
        return null;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    static List<Drawn> readQuietly(Path svg) {
        try {
            return read(svg);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (Exception e) {
            throw new IllegalStateException(svg + ": " + e.getMessage(), e);
        }
    }
}
