package org.rungs.app.promotion;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts the PDFs print with. The renderer's built-in fonts are the PDF standard ones, which
 * know Latin-1 only and print every other letter as "#". So the documents are set in DejaVu Sans
 * (and DejaVu Sans Mono for code), bundled on the classpath: Latin with all its extensions, Greek,
 * Cyrillic, Armenian, Georgian, typographic punctuation and many symbols. These alone print the
 * names and notes of most people. (DejaVu has Hebrew and Arabic letters too, but the renderer lays
 * them out left to right and does not join Arabic ones: that needs ICU, a large library.)
 *
 * <p>What DejaVu lacks, Chinese, Japanese and Korean above all, comes from fallback fonts: a few
 * well-known TrueType fonts of wide coverage, if the operating system has them in its usual font
 * folders. No CJK font small enough to bundle comes as a Maven artifact, and servers can install
 * one from their distribution.
 *
 * <p>Every font is embedded as a subset of the glyphs a document uses, so a page stays a few tens
 * of kB.
 */
final class PrintFonts {

  /** The family of the documents' text, as their CSS names it. */
  static final String SANS = "DejaVu Sans";

  /** The family of code in criteria, as the CSS names it; it falls back to {@link #SANS}. */
  static final String MONO = "DejaVu Sans Mono";

  /**
   * One face of a bundled family: the CSS family, weight and style it answers to, and its TrueType
   * file on the classpath.
   */
  record Face(String family, int weight, FontStyle style, String resource) {
    InputStream open() {
      InputStream in = PrintFonts.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("the font " + resource + " is not on the classpath");
      }
      return in;
    }
  }

  /**
   * DejaVu 2.37, as JasperReports' font extension jar ships it (only its TrueType files are used).
   * The fonts' licence is Bitstream Vera's, with DejaVu's changes in the public domain: free to
   * use, embed in documents and redistribute.
   */
  private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

  static final List<Face> BUNDLED =
      List.of(
          new Face(SANS, 400, FontStyle.NORMAL, DEJAVU + "DejaVuSans.ttf"),
          new Face(SANS, 700, FontStyle.NORMAL, DEJAVU + "DejaVuSans-Bold.ttf"),
          new Face(SANS, 400, FontStyle.ITALIC, DEJAVU + "DejaVuSans-Oblique.ttf"),
          new Face(SANS, 700, FontStyle.ITALIC, DEJAVU + "DejaVuSans-BoldOblique.ttf"),
          new Face(MONO, 400, FontStyle.NORMAL, DEJAVU + "DejaVuSansMono.ttf"),
          new Face(MONO, 700, FontStyle.NORMAL, DEJAVU + "DejaVuSansMono-Bold.ttf"),
          new Face(MONO, 400, FontStyle.ITALIC, DEJAVU + "DejaVuSansMono-Oblique.ttf"),
          new Face(MONO, 700, FontStyle.ITALIC, DEJAVU + "DejaVuSansMono-BoldOblique.ttf"));

  /**
   * A kind of fallback font, and the file names it is looked for by, best first. One font of each
   * kind is used: each costs the renderer time in every document it is needed in, and a second one
   * of a kind adds few glyphs.
   */
  record Fallback(String covers, List<String> files) {
    Fallback {
      files = List.copyOf(files);
    }
  }

  /**
   * The fallback fonts looked for: those of Linux distributions. Only fonts with TrueType outlines:
   * the PDF library cannot embed OpenType fonts with CFF outlines, which rules out Noto Sans CJK.
   */
  static final List<Fallback> FALLBACKS =
      List.of(
          new Fallback(
              "Chinese, Japanese and Korean",
              List.of(
                  "DroidSansFallbackFull.ttf",
                  "DroidSansFallback.ttf",
                  "wqy-microhei.ttc",
                  "wqy-zenhei.ttc",
                  "uming.ttc",
                  "ukai.ttc")),
          new Fallback("pictographs", List.of("Symbola.ttf", "Symbola_hint.ttf")));

  /** The font folders of Linux, macOS and Windows, where the fallback fonts are looked for. */
  static List<Path> systemFontFolders() {
    String home = System.getProperty("user.home", "");
    List<Path> folders =
        new ArrayList<>(
            List.of(
                Path.of("/usr/share/fonts"),
                Path.of("/usr/local/share/fonts"),
                Path.of(home, ".local", "share", "fonts"),
                Path.of(home, ".fonts"),
                Path.of("/Library/Fonts"),
                Path.of(home, "Library", "Fonts")));
    String windows = System.getenv("WINDIR");
    if (windows != null) {
      folders.add(Path.of(windows, "Fonts"));
    }
    return folders;
  }

  /** Font folders nest by format and foundry, rarely deeper than this. */
  private static final int FOLDER_DEPTH = 4;

  private final List<Path> fallbacks;
  private final List<CmapLookup> bundledSans;
  private final List<CmapLookup> fallbackGlyphs;

  private PrintFonts(List<Path> fallbacks) {
    List<CmapLookup> sans = new ArrayList<>();
    for (Face face : BUNDLED) {
      if (face.family().equals(SANS)) {
        try (InputStream in = face.open();
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
          sans.add(embeddableGlyphs(face.resource(), font));
        } catch (IOException e) {
          throw new UncheckedIOException("could not read the font " + face.resource(), e);
        }
      }
    }
    List<Path> usable = new ArrayList<>();
    List<CmapLookup> glyphs = new ArrayList<>();
    Set<Fallback> had = new HashSet<>();
    for (Path file : fallbacks) {
      Fallback kind = kindOf(file);
      if (kind == null || had.contains(kind)) {
        continue;
      }
      try {
        glyphs.addAll(glyphsOf(file));
        usable.add(file);
        had.add(kind);
      } catch (IOException | RuntimeException e) {
        // Not a font the PDF library can embed (CFF outlines, a licence that forbids it, a damaged
        // file): the next one of its kind may do.
      }
    }
    this.bundledSans = List.copyOf(sans);
    this.fallbacks = List.copyOf(usable);
    this.fallbackGlyphs = List.copyOf(glyphs);
  }

  /** The bundled fonts alone. */
  static PrintFonts bundled() {
    return new PrintFonts(List.of());
  }

  /** The bundled fonts, and fallbacks from {@code files}: the first usable one of each kind. */
  static PrintFonts withFallbacks(List<Path> files) {
    return new PrintFonts(files);
  }

  /**
   * The bundled fonts and the fallback fonts of this machine, looked for once: fonts installed
   * while the server runs are used after a restart.
   */
  static PrintFonts ofThisSystem() {
    return OfThisSystem.FONTS;
  }

  private static final class OfThisSystem {
    static final PrintFonts FONTS = withFallbacks(findFallbacks(systemFontFolders()));
  }

  /**
   * The fallback font files in {@code folders}: those {@link #FALLBACKS} names, kind by kind and
   * best first.
   */
  static List<Path> findFallbacks(List<Path> folders) {
    List<Path> found = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder, FOLDER_DEPTH)) {
        files.filter(file -> rank(file) >= 0 && Files.isRegularFile(file)).forEach(found::add);
      } catch (IOException | UncheckedIOException e) {
        // An unreadable folder has no fonts to offer.
      }
    }
    // The same font installed twice (by two packages, or for the system and a user) counts once.
    Set<String> names = new HashSet<>();
    return found.stream()
        .sorted(Comparator.comparingInt(PrintFonts::rank))
        .filter(file -> names.add(file.getFileName().toString().toLowerCase(Locale.ROOT)))
        .toList();
  }

  /** The place of a file's name in {@link #FALLBACKS}, or -1 if it names none. */
  private static int rank(Path file) {
    String name = file.getFileName().toString();
    int rank = 0;
    for (Fallback kind : FALLBACKS) {
      for (String candidate : kind.files()) {
        if (candidate.equalsIgnoreCase(name)) {
          return rank;
        }
        rank++;
      }
    }
    return -1;
  }

  private static Fallback kindOf(Path file) {
    String name = file.getFileName().toString();
    return FALLBACKS.stream()
        .filter(kind -> kind.files().stream().anyMatch(name::equalsIgnoreCase))
        .findFirst()
        .orElse(null);
  }

  /** The character maps of a font file's faces (a collection has several). */
  private static List<CmapLookup> glyphsOf(Path file) throws IOException {
    String name = file.getFileName().toString();
    List<CmapLookup> glyphs = new ArrayList<>();
    if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
      try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
        collection.processAllFonts(font -> glyphs.add(embeddableGlyphs(name, font)));
      }
    } else {
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
        glyphs.add(embeddableGlyphs(name, font));
      }
    }
    return glyphs;
  }

  /** A font's character map, if the PDF library will embed the font. */
  private static CmapLookup embeddableGlyphs(String name, TrueTypeFont font) throws IOException {
    OS2WindowsMetricsTable os2 = font.getOS2Windows();
    if (os2 != null
        && ((os2.getFsType() & OS2WindowsMetricsTable.FSTYPE_RESTRICTED) != 0
            || (os2.getFsType() & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0)) {
      throw new IOException(name + " may not be embedded in documents");
    }
    CmapLookup glyphs = font.getUnicodeCmapLookup();
    if (glyphs == null) {
      throw new IOException(name + " has no Unicode character map");
    }
    return glyphs;
  }

  /** The fallback font files in use. */
  List<Path> fallbacks() {
    return fallbacks;
  }

  /**
   * Makes {@code builder} print with these fonts: the bundled ones under their CSS families, the
   * fallbacks for any glyph those lack, whatever family the CSS asks for.
   */
  void useIn(PdfRendererBuilder builder) {
    for (Face face : BUNDLED) {
      builder.useFont(face::open, face.family(), face.weight(), face.style(), true);
    }
    for (Path file : fallbacks) {
      builder.useFont(
          file.toFile(),
          file.getFileName().toString(),
          400,
          FontStyle.NORMAL,
          true,
          EnumSet.of(FSFontUseCase.FALLBACK_PRE));
    }
  }

  /**
   * Whether these fonts print {@code codePoint} in every style: the bundled text faces all have it,
   * or a fallback font does.
   */
  boolean prints(int codePoint) {
    return bundledSans.stream().allMatch(glyphs -> glyphs.getGlyphId(codePoint) > 0)
        || fallbackGlyphs.stream().anyMatch(glyphs -> glyphs.getGlyphId(codePoint) > 0);
  }

  /**
   * The text without the pictographs these fonts lack, which would print as "#": topic icons are
   * emoji, and people write them in notes. Symbols the fonts have (✓, ★, ⚙, ©, °) stay. The
   * invisible parts of emoji sequences (variation selectors, joiners, skin tones, flag tags) go
   * always: none of the fonts draws them.
   */
  String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !partOfEmojiSequence(c))
        .filter(c -> Character.getType(c) != Character.OTHER_SYMBOL || prints(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean partOfEmojiSequence(int c) {
    return (c >= 0xFE00 && c <= 0xFE0F) // variation selectors
        || c == 0x200D // zero-width joiner
        || (c >= 0x1F3FB && c <= 0x1F3FF) // skin tones
        || (c >= 0xE0020 && c <= 0xE007F); // tag characters (flags)
  }
}
