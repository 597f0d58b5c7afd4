import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what the dashboards draw; this file is imported by the dashboard pages alone, so ECharts loads with them.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export type EChartProps = { option: echarts.EChartsCoreOption; label: string; height?: number };

/** A chart that follows its option and its container's width; described by `label` for screen readers. */
export function EChart({ option, label, height = 280 }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const node = element.current!;
    const instance = echarts.init(node, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    // ECharts writes its own aria-label on the container: it is given ours.
    chart.current?.setOption({ aria: { enabled: true, label: { description: label } }, animation: false, ...option }, true);
  }, [option, label]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
