/**
 * Logistic regression on sparse rows, L2-regularised, fitted by full-batch Adam: small, deterministic (no random
 * start, fixed order) and fast enough for a few thousand messages in Node.
 */

export interface SparseRow {
  /** Feature positions and values, same length. */
  positions: Int32Array;
  values: Float64Array;
}

export interface Example {
  row: SparseRow;
  /** 1 for the positive class. */
  label: 0 | 1;
  /** How much this example counts in the loss. */
  weight: number;
}

export interface LogisticOptions {
  dimensions: number;
  /** L2 penalty on the weights (not the bias), per unit of total example weight. */
  l2: number;
  epochs: number;
  learningRate?: number;
}

export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function predictLogit(model: LogisticModel, row: SparseRow): number {
  let z = model.bias;
  for (let index = 0; index < row.positions.length; index++) z += model.weights[row.positions[index]!]! * row.values[index]!;
  return z;
}

export function fitLogistic(examples: readonly Example[], options: LogisticOptions): LogisticModel {
  const { dimensions, l2, epochs } = options;
  const rate = options.learningRate ?? 0.05;
  const weights = new Float64Array(dimensions);
  let bias = 0;
  const m = new Float64Array(dimensions + 1);
  const v = new Float64Array(dimensions + 1);
  const gradient = new Float64Array(dimensions + 1);
  const totalWeight = examples.reduce((sum, example) => sum + example.weight, 0) || 1;
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    gradient.fill(0);
    for (const { row, label, weight } of examples) {
      const error = (sigmoid(predictLogit({ bias, weights }, row)) - label) * weight;
      for (let index = 0; index < row.positions.length; index++) gradient[row.positions[index]!]! += error * row.values[index]!;
      gradient[dimensions]! += error;
    }
    for (let position = 0; position <= dimensions; position++) {
      const current = position === dimensions ? bias : weights[position]!;
      const g = gradient[position]! / totalWeight + (position === dimensions ? 0 : l2 * current);
      m[position] = beta1 * m[position]! + (1 - beta1) * g;
      v[position] = beta2 * v[position]! + (1 - beta2) * g * g;
      const step = (rate * (m[position]! / (1 - beta1 ** epoch))) / (Math.sqrt(v[position]! / (1 - beta2 ** epoch)) + 1e-8);
      if (position === dimensions) bias -= step;
      else weights[position] = current - step;
    }
  }
  return { bias, weights };
}
