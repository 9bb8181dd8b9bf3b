// SPDX-License-Identifier: GPL-2.0-or-later
// make_icons SVG OUTDIR: the program's icon for the Windows installer (abusedesk.ico: 16 to 256
// pixels) and the macOS bundle (abusedesk.icns: 16 to 1024 pixels as PNG entries), rendered from
// the one SVG with Qt. Run by hand when the icon changes:
//   cmake --build build --target make_icons && build/bin/make_icons resources/icons/abusedesk.svg installer
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    char b[4];
    qToBigEndian(value, b);
    out.append(b, 4);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_icons SVG OUTDIR\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "make_icons: %s is not a readable SVG\n", argv[1]);
        return 1;
    }
    const QString out = QString::fromLocal8Bit(argv[2]);

    // Windows: one .ico holding every size the shell asks for, each entry a PNG (Windows Vista
    // and later): the directory (reserved, type 1, count), an entry per image, then the images.
    const int icoSizes[] = { 16, 24, 32, 48, 64, 128, 256 };
    QList<QByteArray> images;
    for (const int s : icoSizes)
        images.append(png(render(svg, s)));
    QByteArray ico;
    auto appendLittle16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        ico.append(b, 2);
    };
    auto appendLittle32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        ico.append(b, 4);
    };
    appendLittle16(0);
    appendLittle16(1);
    appendLittle16(quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int s = icoSizes[i];
        ico.append(char(s >= 256 ? 0 : s)); // width; 0 means 256
        ico.append(char(s >= 256 ? 0 : s)); // height
        ico.append(char(0)); // no palette
        ico.append(char(0));
        appendLittle16(1); // planes
        appendLittle16(32); // bits per pixel
        appendLittle32(quint32(images.at(i).size()));
        appendLittle32(offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : std::as_const(images))
        ico.append(image);
    QFile icoFile(out + QStringLiteral("/windows/abusedesk.ico"));
    if (!icoFile.open(QIODevice::WriteOnly) || icoFile.write(ico) != ico.size()) {
        std::fprintf(stderr, "make_icons: cannot write %s\n", qPrintable(icoFile.fileName()));
        return 1;
    }
    icoFile.close();

    // macOS: the icns container, each entry a PNG (types of macOS 10.7 and later).
    const std::pair<const char *, int> entries[] = { { "icp4", 16 }, { "icp5", 32 }, { "icp6", 64 },
        { "ic07", 128 }, { "ic08", 256 }, { "ic09", 512 }, { "ic10", 1024 } };
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray data = png(render(svg, size));
        body.append(type, 4);
        appendBigEndian(body, quint32(data.size() + 8));
        body.append(data);
    }
    QByteArray icns("icns");
    appendBigEndian(icns, quint32(body.size() + 8));
    icns.append(body);
    QFile file(out + QStringLiteral("/macos/abusedesk.icns"));
    if (!file.open(QIODevice::WriteOnly) || file.write(icns) != icns.size()) {
        std::fprintf(stderr, "make_icons: cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    std::printf("wrote %s and %s\n", qPrintable(icoFile.fileName()), qPrintable(file.fileName()));
    return 0;
}
