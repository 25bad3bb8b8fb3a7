package org.newsline.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Paints the demo photos: simple, recognisable scenes (a podium, a skyline, a stadium...) drawn with
 * Java2D, so the demo needs no downloaded images. The same motif and seed always give the same picture.
 */
final class PhotoGenerator {

    static final int WIDTH = 1200;
    static final int HEIGHT = 675;

    private PhotoGenerator() {}

    static byte[] jpeg(String motif, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Random random = new Random(seed);
            switch (motif) {
                case "podium" -> podium(g, random);
                case "city" -> city(g, random);
                case "flags" -> flags(g, random);
                case "chart" -> chart(g, random);
                case "stadium" -> stadium(g, random);
                case "theatre" -> theatre(g, random);
                case "field" -> field(g, random);
                case "sea" -> sea(g, random);
                case "mountains" -> mountains(g, random);
                default -> crowd(g, random);
            }
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        }
    }

    private static void sky(Graphics2D g, Color top, Color bottom, int horizon) {
        g.setPaint(new GradientPaint(0, 0, top, 0, horizon, bottom));
        g.fillRect(0, 0, WIDTH, horizon);
    }

    private static Color shade(Random random, int r, int gr, int b, int spread) {
        return new Color(
                clamp(r + random.nextInt(spread * 2 + 1) - spread),
                clamp(gr + random.nextInt(spread * 2 + 1) - spread),
                clamp(b + random.nextInt(spread * 2 + 1) - spread));
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static void podium(Graphics2D g, Random random) {
        g.setPaint(
                new GradientPaint(0, 0, shade(random, 20, 40, 90, 20), WIDTH, HEIGHT, shade(random, 10, 20, 50, 10)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        // flags behind the speaker
        for (int i = 0; i < 3; i++) {
            int x = 250 + i * 300;
            g.setColor(new Color(90, 90, 100));
            g.fillRect(x, 80, 8, 420);
            g.setColor(shade(random, 60 + i * 60, 100, 160 - i * 40, 40));
            g.fillRect(x + 8, 90, 120, 220);
        }
        // lectern and microphones
        g.setColor(new Color(70, 45, 30));
        Path2D lectern = new Path2D.Double();
        lectern.moveTo(440, 420);
        lectern.lineTo(760, 420);
        lectern.lineTo(720, HEIGHT);
        lectern.lineTo(480, HEIGHT);
        lectern.closePath();
        g.fill(lectern);
        g.setColor(new Color(200, 170, 90));
        g.fillOval(560, 470, 80, 80);
        g.setStroke(new BasicStroke(6));
        g.setColor(Color.DARK_GRAY);
        for (int i = 0; i < 4; i++) {
            int x = 520 + i * 50;
            g.drawLine(x, 420, 600 + (i - 2) * 10, 330);
            g.fillOval(600 + (i - 2) * 10 - 10, 315, 22, 30);
        }
        // speaker silhouette
        g.setColor(new Color(25, 25, 35));
        g.fillOval(550, 170, 100, 120);
        g.fillRoundRect(490, 280, 220, 200, 80, 80);
    }

    private static void city(Graphics2D g, Random random) {
        int horizon = 470;
        sky(g, shade(random, 250, 170, 110, 20), shade(random, 120, 150, 200, 20), HEIGHT);
        int x = 0;
        while (x < WIDTH) {
            int w = 50 + random.nextInt(90);
            int h = 120 + random.nextInt(300);
            g.setColor(shade(random, 40, 50, 70, 15));
            g.fillRect(x, horizon - h, w, h + (HEIGHT - horizon));
            g.setColor(new Color(255, 220, 140));
            for (int wy = horizon - h + 15; wy < horizon - 10; wy += 26) {
                for (int wx = x + 8; wx < x + w - 12; wx += 18) {
                    if (random.nextInt(3) == 0) {
                        g.fillRect(wx, wy, 8, 12);
                    }
                }
            }
            x += w + 4;
        }
        g.setColor(new Color(30, 40, 60));
        g.fillRect(0, horizon + 60, WIDTH, HEIGHT);
    }

    private static void flags(Graphics2D g, Random random) {
        sky(g, shade(random, 110, 170, 230, 20), shade(random, 200, 225, 245, 10), HEIGHT);
        for (int i = 0; i < 6; i++) {
            int x = 80 + i * 190;
            g.setColor(new Color(180, 180, 185));
            g.fillRect(x, 120, 10, HEIGHT);
            Color[] stripes = {
                shade(random, 0, 150, 200, 60), shade(random, 220, 30, 50, 30), shade(random, 30, 160, 70, 40)
            };
            for (int s = 0; s < 3; s++) {
                g.setColor(stripes[s]);
                Path2D wave = new Path2D.Double();
                int top = 130 + s * 40;
                wave.moveTo(x + 10, top);
                wave.curveTo(x + 60, top - 15, x + 110, top + 15, x + 160, top);
                wave.lineTo(x + 160, top + 40);
                wave.curveTo(x + 110, top + 55, x + 60, top + 25, x + 10, top + 40);
                wave.closePath();
                g.fill(wave);
            }
        }
    }

    private static void chart(Graphics2D g, Random random) {
        g.setColor(new Color(245, 247, 250));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(210, 215, 225));
        for (int y = 100; y < 600; y += 80) {
            g.fillRect(80, y, 1040, 2);
        }
        int value = 300;
        int[] xs = new int[12];
        int[] ys = new int[12];
        for (int i = 0; i < 12; i++) {
            value = Math.max(140, Math.min(560, value + random.nextInt(140) - 60));
            g.setColor(shade(random, 40, 90, 160, 20));
            g.fillRect(110 + i * 85, value, 55, 600 - value);
            xs[i] = 137 + i * 85;
            ys[i] = value - 40;
        }
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(200, 30, 50));
        g.drawPolyline(xs, ys, 12);
    }

    private static void stadium(Graphics2D g, Random random) {
        sky(g, shade(random, 30, 40, 80, 10), shade(random, 80, 90, 140, 10), 260);
        g.setColor(shade(random, 90, 90, 100, 10));
        g.fillRect(0, 180, WIDTH, 140);
        for (int i = 0; i < 900; i++) {
            g.setColor(shade(random, 150, 120, 120, 100));
            g.fillOval(random.nextInt(WIDTH), 185 + random.nextInt(130), 7, 7);
        }
        g.setPaint(new GradientPaint(0, 320, new Color(40, 140, 60), 0, HEIGHT, new Color(25, 100, 40)));
        g.fillRect(0, 320, WIDTH, HEIGHT);
        g.setColor(new Color(240, 240, 240));
        g.setStroke(new BasicStroke(5));
        g.drawLine(WIDTH / 2, 320, WIDTH / 2, HEIGHT);
        g.drawOval(WIDTH / 2 - 120, 420, 240, 160);
        g.setColor(Color.WHITE);
        g.fillOval(700, 520, 34, 34);
        for (int i = 0; i < 4; i++) {
            g.setColor(new Color(255, 255, 220));
            g.fillOval(120 + i * 300, 40, 40, 40);
        }
    }

    private static void theatre(Graphics2D g, Random random) {
        g.setColor(new Color(20, 10, 15));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setPaint(
                new GradientPaint(WIDTH / 2f, 150, new Color(255, 230, 170), WIDTH / 2f, 600, new Color(120, 80, 40)));
        g.fillOval(300, 300, 600, 260);
        Color curtain = shade(random, 150, 20, 35, 20);
        for (int side = 0; side < 2; side++) {
            for (int i = 0; i < 8; i++) {
                g.setColor(i % 2 == 0 ? curtain : curtain.darker());
                int x = side == 0 ? i * 40 : WIDTH - (i + 1) * 40;
                g.fillRect(x, 0, 40, HEIGHT);
            }
        }
        g.setColor(curtain.darker());
        g.fillRect(0, 0, WIDTH, 90);
        g.setColor(new Color(30, 20, 25));
        for (int i = 0; i < 40; i++) {
            g.fillOval(320 + random.nextInt(560), 600 + random.nextInt(40), 50, 60);
        }
    }

    private static void field(Graphics2D g, Random random) {
        int horizon = 300;
        sky(g, shade(random, 120, 180, 240, 15), new Color(230, 240, 250), horizon);
        for (int i = 0; i < 8; i++) {
            g.setColor(i % 2 == 0 ? shade(random, 200, 170, 60, 20) : shade(random, 110, 160, 60, 20));
            Path2D band = new Path2D.Double();
            band.moveTo(0, horizon + i * 50);
            band.curveTo(400, horizon + i * 50 - 30, 800, horizon + i * 50 + 40, WIDTH, horizon + i * 50);
            band.lineTo(WIDTH, HEIGHT);
            band.lineTo(0, HEIGHT);
            band.closePath();
            g.fill(band);
        }
        g.setColor(new Color(255, 240, 180));
        g.fillOval(900, 60, 90, 90);
    }

    private static void sea(Graphics2D g, Random random) {
        int horizon = 330;
        sky(g, shade(random, 250, 190, 140, 20), shade(random, 250, 230, 200, 10), horizon);
        g.setColor(new Color(255, 210, 120));
        g.fillOval(520, horizon - 80, 160, 160);
        g.setPaint(new GradientPaint(0, horizon, shade(random, 40, 110, 150, 20), 0, HEIGHT, new Color(15, 50, 80)));
        g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
        g.setColor(new Color(255, 255, 255, 90));
        g.setStroke(new BasicStroke(3));
        for (int i = 0; i < 60; i++) {
            int x = random.nextInt(WIDTH);
            int y = horizon + 10 + random.nextInt(HEIGHT - horizon);
            g.drawLine(x, y, x + 30 + random.nextInt(40), y);
        }
        g.setColor(new Color(40, 40, 50));
        g.fillRect(150, horizon - 60, 14, 70);
        g.fillRect(110, horizon - 20, 100, 30);
    }

    private static void mountains(Graphics2D g, Random random) {
        sky(g, shade(random, 90, 140, 210, 15), new Color(225, 235, 245), 450);
        for (int layer = 0; layer < 3; layer++) {
            Path2D ridge = new Path2D.Double();
            ridge.moveTo(0, HEIGHT);
            int base = 300 + layer * 90;
            for (int x = 0; x <= WIDTH; x += 100) {
                ridge.lineTo(x, base - random.nextInt(180 - layer * 40));
            }
            ridge.lineTo(WIDTH, HEIGHT);
            ridge.closePath();
            g.setColor(shade(random, 60 + layer * 10, 80 + layer * 30, 110 - layer * 20, 10));
            g.fill(ridge);
        }
    }

    private static void crowd(Graphics2D g, Random random) {
        sky(g, shade(random, 180, 200, 220, 20), new Color(235, 235, 235), HEIGHT);
        for (int row = 0; row < 6; row++) {
            for (int i = 0; i < 24; i++) {
                int x = i * 52 - 20 + random.nextInt(20) + (row % 2) * 26;
                int y = 260 + row * 70 + random.nextInt(15);
                g.setColor(shade(random, 90, 80, 90, 70));
                g.fillRoundRect(x, y + 38, 56, 120, 30, 30);
                g.setColor(shade(random, 180, 140, 110, 40));
                g.fillOval(x + 12, y, 34, 40);
            }
        }
    }
}
