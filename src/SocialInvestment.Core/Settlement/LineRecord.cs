using System.Runtime.InteropServices;

namespace SocialInvestment;

/// <summary>
/// A settlement line in compact form: its key as ranks in a <see cref="LineTable"/>'s ordinally sorted id tables, its
/// date as a day number and its amount in hundredths. 20 bytes (packed on 4), so that a national cohort's lines fit in
/// memory; what is payable after the caps is kept beside, and only where a cap can make it differ.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct LineRecord
{
    internal int Date;
    internal int Participant;
    internal short Payment;
    internal short Period;
    internal long Amount;

    internal LineRecord(int date, int participant, short payment, short period, long amount)
    {
        Date = date;
        Participant = participant;
        Payment = payment;
        Period = period;
        Amount = amount;
    }
}
