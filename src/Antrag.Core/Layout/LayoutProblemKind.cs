namespace Antrag.Layout;

/// <summary>What did not fit: a signer's entry, a row of a table, or a part of page 1's letterhead.</summary>
public enum LayoutProblemKind
{
    /// <summary>A row of signers (their names and functions side by side) taller than a page.</summary>
    Signer,

    /// <summary>A row of a table (or of a synopsis) taller than a page.</summary>
    TableRow,

    /// <summary>The title, information block or contact block leaves page 1 no room for the text.</summary>
    Letterhead,

    /// <summary>The return address of a DIN 5008 address field too long for two lines of the field even at its least size.</summary>
    ReturnAddress,

    /// <summary>The recipient's address takes more lines than a DIN 5008 address field holds.</summary>
    Recipient,
}
