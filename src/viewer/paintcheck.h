#pragma once

#include <QImage>

// Whether a grabbed web view has painted its page yet. A view grabbed right at loadFinished
// is often still one flat colour (the background Chromium paints before the text). Header
// only, so the benchmark's bare program judges "painted" exactly as the app does.
class PaintCheck final
{
public:
    // How often to look while waiting for the first paint: one frame at 60 Hz, so a
    // screenshot is taken at most a frame late.
    static constexpr int kPollMs = 16;

    static bool isBlank(const QImage &image)
    {
        const QRgb first = image.pixel(0, 0);
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                if (image.pixel(x, y) != first)
                    return false;
            }
        }
        return true;
    }
};
