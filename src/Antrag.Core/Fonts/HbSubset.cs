using System.Runtime.InteropServices;

namespace Antrag.Fonts;

/// <summary>Font subsetting through the <c>hb_subset_*</c> functions that libHarfBuzzSharp exports but HarfBuzzSharp does not wrap.</summary>
internal static unsafe class HbSubset
{
    private const string Library = "libHarfBuzzSharp";

    // HB_SUBSET_FLAGS_NOTDEF_OUTLINE: keep the .notdef outline, so a missing character shows as a box, not as nothing.
    private const uint FlagNotdefOutline = 0x40;

    // HB_SUBSET_FLAGS_NO_HINTING: no TrueType instructions (nothing renders with hinting: the PNGs switch it off, and a PDF viewer needs none).
    private const uint FlagNoHinting = 0x1;

    /// <summary>
    /// Subsets the face in <paramref name="font"/> (face index 0) to <paramref name="codePoints"/>, keeping layout
    /// tables (GSUB/GPOS/GDEF), hinting and the name IDs 0-6. Returns the subset font file, or null if HarfBuzz fails.
    /// </summary>
    public static byte[]? Subset(ReadOnlySpan<byte> font, IEnumerable<int> codePoints)
    {
        fixed (byte* data = font)
        {
            // The blob points into the pinned array; every HarfBuzz object that references it is destroyed
            // before this block ends (the subset face's blob is a fresh copy made by hb_face_reference_blob).
            using var blob = new HarfBuzzSharp.Blob((IntPtr)data, font.Length, HarfBuzzSharp.MemoryMode.ReadOnly);
            using var face = new HarfBuzzSharp.Face(blob, 0);
            var input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                hb_subset_input_set_flags(input, hb_subset_input_get_flags(input) | FlagNotdefOutline | FlagNoHinting);
                var unicodes = hb_subset_input_unicode_set(input);
                foreach (var cp in codePoints)
                {
                    hb_set_add(unicodes, (uint)cp);
                }

                var subset = hb_subset_or_fail(face.Handle, input);
                if (subset == IntPtr.Zero)
                {
                    return null;
                }

                try
                {
                    var result = hb_face_reference_blob(subset);
                    try
                    {
                        uint length;
                        var bytes = hb_blob_get_data(result, &length);
                        return bytes == IntPtr.Zero || length == 0 ? null : new ReadOnlySpan<byte>((void*)bytes, (int)length).ToArray();
                    }
                    finally
                    {
                        hb_blob_destroy(result);
                    }
                }
                finally
                {
                    hb_face_destroy(subset);
                }
            }
            finally
            {
                hb_subset_input_destroy(input);
            }
        }
    }

#pragma warning disable SA1300, IDE1006 // native names
    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern uint hb_subset_input_get_flags(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, uint* length);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);
#pragma warning restore SA1300, IDE1006
}
