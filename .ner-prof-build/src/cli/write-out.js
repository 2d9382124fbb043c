/** Writes to a stream and waits when its buffer is full, so a large export keeps memory flat. */
export function writeOut(chunk, stream = process.stdout) {
    if (stream.write(chunk))
        return Promise.resolve();
    return new Promise((resolve, reject) => {
        const onError = (e) => {
            stream.off('drain', onDrain);
            reject(e);
        };
        const onDrain = () => {
            stream.off('error', onError);
            resolve();
        };
        stream.once('drain', onDrain);
        stream.once('error', onError);
    });
}
//# sourceMappingURL=write-out.js.map