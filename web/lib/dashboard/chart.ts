/**
 * A Svelte action that draws a Chart.js chart on a canvas and updates it when its config changes:
 * `<canvas use:chart={config}></canvas>`. Animations are off (live data, reduced motion) and the
 * chart is destroyed with the element.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

/** The action. */
export function chart(node: HTMLCanvasElement, config: ChartConfiguration) {
  const withDefaults = (c: ChartConfiguration): ChartConfiguration => ({
    ...c,
    options: { animation: false, responsive: true, maintainAspectRatio: false, ...c.options },
  });
  const instance = new Chart(node, withDefaults(config));
  return {
    update(next: ChartConfiguration) {
      instance.data = next.data;
      instance.options = withDefaults(next).options ?? {};
      instance.update('none');
    },
    destroy() {
      instance.destroy();
    },
  };
}
