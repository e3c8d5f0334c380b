using System.Text;

namespace Antrag.Pdf;

/// <summary>A growing byte buffer for PDF syntax: ASCII text, numbers (see <see cref="PdfSyntax.Number"/>) and raw bytes.</summary>
internal sealed class PdfBuffer(int capacity = 4096)
{
    private byte[] bytes = new byte[Math.Max(capacity, 64)];

    /// <summary>Bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, Length);

    /// <summary>Appends ASCII (or Latin-1) text, one byte per character.</summary>
    public PdfBuffer Append(string text)
    {
        Reserve(text.Length);
        Length += Encoding.Latin1.GetBytes(text, bytes.AsSpan(Length));
        return this;
    }

    public PdfBuffer Append(char c)
    {
        Reserve(1);
        bytes[Length++] = (byte)c;
        return this;
    }

    public PdfBuffer Append(ReadOnlySpan<byte> data)
    {
        Reserve(data.Length);
        data.CopyTo(bytes.AsSpan(Length));
        Length += data.Length;
        return this;
    }

    /// <summary>Appends a number (three decimals, or six for a matrix coefficient that scales long distances) and one space.</summary>
    public PdfBuffer Number(double value, int decimals = 3)
    {
        Reserve(26);
        Length += PdfSyntax.WriteNumber(bytes.AsSpan(Length), value, decimals);
        bytes[Length++] = (byte)' ';
        return this;
    }

    /// <summary>Appends an integer.</summary>
    public PdfBuffer Integer(long value)
    {
        Reserve(24);
        value.TryFormat(bytes.AsSpan(Length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>Appends four upper-case hex digits.</summary>
    public PdfBuffer Hex4(int value)
    {
        Reserve(4);
        for (var shift = 12; shift >= 0; shift -= 4)
        {
            var nibble = (value >> shift) & 0xF;
            bytes[Length++] = (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
        }

        return this;
    }

    /// <summary>Overwrites bytes at <paramref name="at"/> (for values known only at the end, such as the document ID).</summary>
    public void Patch(int at, ReadOnlySpan<byte> data) => data.CopyTo(bytes.AsSpan(at));

    public byte[] ToArray() => bytes.AsSpan(0, Length).ToArray();

    private void Reserve(int more)
    {
        if (Length + more > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + more));
        }
    }
}
