// macOS: the screen lock is announced on the distributed notification center as
// "com.apple.screenIsLocked".
#include "ui/ScreenLockMonitor.h"

#import <Foundation/Foundation.h>

namespace purser {

class MacScreenLockMonitor : public ScreenLockMonitor
{
public:
    explicit MacScreenLockMonitor(QObject* parent) : ScreenLockMonitor(parent)
    {
        m_observer = [[NSDistributedNotificationCenter defaultCenter]
            addObserverForName:@"com.apple.screenIsLocked"
                        object:nil
                         queue:[NSOperationQueue mainQueue]
                    usingBlock:^(NSNotification*) {
                      Q_EMIT screenLocked();
                    }];
    }
    ~MacScreenLockMonitor() override
    {
        [[NSDistributedNotificationCenter defaultCenter] removeObserver:m_observer];
    }

private:
    id m_observer = nil;
};

ScreenLockMonitor* ScreenLockMonitor::create(QObject* parent)
{
    return new MacScreenLockMonitor(parent);
}

} // namespace purser
