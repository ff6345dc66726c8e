using System.Collections.Concurrent;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// Reusable buffers of one length for one index: score and flag arrays that are all zeros whenever they are handed
/// out (a user zeroes every entry it touched before returning one), and index lists to record which entries it
/// touched. Private to the index, so no other code can return a dirty array.
/// </summary>
internal sealed class ScratchBuffers(int length)
{
    private readonly ConcurrentBag<double[]> _scores = [];
    private readonly ConcurrentBag<int[]> _indices = [];
    private readonly ConcurrentBag<byte[]> _flags = [];

    public double[] RentScores() => _scores.TryTake(out var buffer) ? buffer : new double[length];

    public void Return(double[] scores) => _scores.Add(scores);

    public int[] RentIndices() => _indices.TryTake(out var buffer) ? buffer : new int[length];

    public void Return(int[] indices) => _indices.Add(indices);

    public byte[] RentFlags() => _flags.TryTake(out var buffer) ? buffer : new byte[length];

    public void Return(byte[] flags) => _flags.Add(flags);
}
