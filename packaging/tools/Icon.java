import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the workbench's icon (a metric line that breaks, on the Okabe-Ito blue used in the app)
 * and writes it in each platform's format: NAME.png (256 px, Linux menus), NAME.ico (Windows;
 * PNG-compressed entries, Vista and later) and NAME.icns (macOS; PNG entries ic07-ic10). Drawn at
 * build time, so no binary image is kept in the repository. Run by build.sh:
 *
 * <pre>java -Djava.awt.headless=true packaging/tools/Icon.java OUT_DIR NAME...</pre>
 */
public final class Icon {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Icon OUT_DIR NAME...");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        byte[] png256 = png(256);
        byte[] ico = ico(new int[] {16, 32, 48, 256});
        byte[] icns = icns();
        for (int i = 1; i < args.length; i++) {
            Files.write(dir.resolve(args[i] + ".png"), png256);
            Files.write(dir.resolve(args[i] + ".ico"), ico);
            Files.write(dir.resolve(args[i] + ".icns"), icns);
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);
        g.setColor(new Color(0x00, 0x72, 0xB2));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
        g.setColor(new Color(255, 255, 255, 70));
        g.setStroke(new BasicStroke(1.5f));
        for (int y = 30; y <= 75; y += 15) {
            g.drawLine(16, y, 84, y);
        }
        Path2D line = new Path2D.Double();
        double[][] pts = {{16, 46}, {26, 40}, {36, 44}, {46, 37}, {56, 41}, {64, 39}, {72, 70}, {84, 74}};
        line.moveTo(pts[0][0], pts[0][1]);
        for (int i = 1; i < pts.length; i++) {
            line.lineTo(pts[i][0], pts[i][1]);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(size < 32 ? 9f : 6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.setColor(new Color(0xD5, 0x5E, 0x00));
        double r = size < 32 ? 10 : 8;
        g.fill(new Ellipse2D.Double(64 - r, 39 - r, 2 * r, 2 * r));
        g.dispose();
        return img;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", b);
        return b.toByteArray();
    }

    /** An ICO file whose entries are PNG images (little-endian ICONDIR, then ICONDIRENTRYs). */
    static byte[] ico(int[] sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int s : sizes) {
            images.add(png(s));
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer head = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            int s = sizes[i];
            head.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** An ICNS file (big-endian "icns" header, then type + length + PNG data per entry). */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            d.writeBytes(types[i]);
            d.writeInt(8 + image.length);
            d.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
